using TcpRouting.Testing.Network;

namespace TcpRouting.Testing.Peers;

/// <summary>A real mosquitto broker with one TLS listener on 127.0.0.1 (anonymous, no persistence).</summary>
public sealed class MosquittoPeer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly PeerProcess _process;

    private MosquittoPeer(TempDirectory directory, PeerProcess process, int port)
    {
        _directory = directory;
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<MosquittoPeer> StartAsync(ServerCertificate tls, string caPath)
    {
        var broker = ExternalProgram.Find("mosquitto", "mosquitto");
        var directory = new TempDirectory("mqtt");
        var port = FreeTcpPort.Next();
        var config = directory.Combine("mosquitto.conf");
        // `user root` keeps the broker from switching to the mosquitto user, who cannot read our temp files.
        File.WriteAllLines(config,
        [
            "user root",
            "persistence false",
            "log_dest stdout",
            $"listener {port} 127.0.0.1",
            "allow_anonymous true",
            $"cafile {caPath}",
            $"certfile {tls.CertPath}",
            $"keyfile {tls.KeyPath}",
        ]);
        var process = PeerProcess.Start("mosquitto", broker, ["-c", config], directory.Path);
        var peer = new MosquittoPeer(directory, process, port);
        try
        {
            await PortProbe.WaitListeningAsync(port, TimeSpan.FromSeconds(30), () => process.Output).ConfigureAwait(false);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _directory.Dispose();
    }
}
