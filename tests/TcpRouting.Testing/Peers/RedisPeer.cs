using TcpRouting.Testing.Network;

namespace TcpRouting.Testing.Peers;

/// <summary>
/// A real redis-server on 127.0.0.1, plain or TLS-only (tls-port with the test CA's certificate,
/// client certificates not required), no persistence. Holds the key `marker`.
/// </summary>
public sealed class RedisPeer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly PeerProcess _process;

    private RedisPeer(TempDirectory directory, PeerProcess process, int port, string marker, string? caPath)
    {
        _directory = directory;
        _process = process;
        Port = port;
        Marker = marker;
        CaPath = caPath;
    }

    public int Port { get; }

    public string Marker { get; }

    public bool Tls => CaPath is not null;

    private string? CaPath { get; }

    public static async Task<RedisPeer> StartAsync(string marker, ServerCertificate? tls = null, string? caPath = null, int maxClients = 2000)
    {
        var server = ExternalProgram.Find("redis-server", "redis-server");
        var directory = new TempDirectory("redis");
        var port = FreeTcpPort.Next();
        List<string> arguments = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory.Path, "--maxclients", maxClients.ToString()];
        if (tls is null)
        {
            arguments.AddRange(["--port", port.ToString()]);
        }
        else
        {
            arguments.AddRange(["--port", "0", "--tls-port", port.ToString(), "--tls-cert-file", tls.CertPath, "--tls-key-file", tls.KeyPath,
                "--tls-ca-cert-file", caPath ?? throw new ArgumentNullException(nameof(caPath)), "--tls-auth-clients", "no"]);
        }

        var process = PeerProcess.Start($"redis:{marker}", server, arguments, directory.Path);
        var peer = new RedisPeer(directory, process, port, marker, tls is null ? null : caPath);
        try
        {
            await PortProbe.WaitListeningAsync(port, TimeSpan.FromSeconds(30), () => process.Output).ConfigureAwait(false);
            var set = await peer.CliDirectAsync("SET", "marker", marker).ConfigureAwait(false);
            if (set.ExitCode != 0 || !set.Stdout.Contains("OK", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"could not set the marker: {set}\n{process.Output}");
            }

            return peer;
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>redis-cli straight to this server, bypassing the proxy.</summary>
    public Task<CommandResult> CliDirectAsync(params string[] command)
    {
        List<string> arguments = ["-h", "127.0.0.1", "-p", Port.ToString()];
        if (CaPath is not null)
        {
            arguments.AddRange(["--tls", "--cacert", CaPath]);
        }

        return Command.RunAsync(ExternalProgram.Find("redis-cli", "redis-tools"), [.. arguments, .. command], TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGKILL: the server dies mid-whatever, as a crashed pod would.</summary>
    public void Kill() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _directory.Dispose();
    }
}
