using TcpRouting.Testing.Network;

namespace TcpRouting.Testing.Peers;

/// <summary>
/// A real PostgreSQL server on 127.0.0.1 in a temp folder, run as the `postgres` user (it refuses
/// root), with ssl=on and a certificate from the test CA, trust authentication, and one database
/// holding a table `marker` whose single row tells instances apart.
/// </summary>
public sealed class PostgresPeer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly PeerProcess _process;

    private PostgresPeer(TempDirectory directory, PeerProcess process, int port, string database, string marker)
    {
        _directory = directory;
        _process = process;
        Port = port;
        Database = database;
        Marker = marker;
    }

    public int Port { get; }

    public string Database { get; }

    public string Marker { get; }

    public string Output => _process.Output;

    /// <param name="listenAddresses">postgres listen_addresses; 127.0.0.1 must be among them (readiness is probed there).</param>
    public static async Task<PostgresPeer> StartAsync(ServerCertificate certificate, string database, string marker, string listenAddresses = "127.0.0.1")
    {
        var initdb = ExternalProgram.Find("initdb", "postgresql");
        var postgres = ExternalProgram.Find("postgres", "postgresql");
        var runuser = ExternalProgram.Find("runuser", "util-linux");
        var directory = new TempDirectory("pg");
        var data = directory.Combine("data");
        File.Copy(certificate.CertPath, directory.Combine("server.crt"));
        File.Copy(certificate.KeyPath, directory.Combine("server.key"));
        Posix.MakeOwnerOnly(directory.Combine("server.key"));
        await Posix.ChownAsync("postgres", directory.Path).ConfigureAwait(false);

        var init = await Command.RunAsync(runuser,
            ["-u", "postgres", "--", initdb, "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--no-instructions"],
            TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        if (init.ExitCode != 0)
        {
            directory.Dispose();
            throw new InvalidOperationException($"initdb failed: {init}");
        }

        var port = FreeTcpPort.Next();
        var process = PeerProcess.Start($"postgres:{database}", runuser,
        [
            "-u", "postgres", "--", postgres, "-D", data, "-p", port.ToString(), "-k", directory.Path,
            "-c", $"listen_addresses={listenAddresses}", "-c", "ssl=on",
            "-c", $"ssl_cert_file={directory.Combine("server.crt")}", "-c", $"ssl_key_file={directory.Combine("server.key")}",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=60",
            "-c", "shared_buffers=16MB", "-c", "logging_collector=off",
        ]);
        var peer = new PostgresPeer(directory, process, port, database, marker);
        try
        {
            await PortProbe.WaitListeningAsync(port, TimeSpan.FromSeconds(60), () => process.Output).ConfigureAwait(false);
            await peer.CreateMarkerDatabaseAsync().ConfigureAwait(false);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs SQL directly against this server (not through the proxy) as the postgres user.</summary>
    public Task<CommandResult> PsqlDirectAsync(string database, string sql) =>
        Command.RunAsync(ExternalProgram.Find("psql", "postgresql-client"),
            ["-X", "-v", "ON_ERROR_STOP=1", "-tA", "-h", "127.0.0.1", "-p", Port.ToString(), "-U", "postgres", "-d", database, "-c", sql],
            TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        // SIGINT to the postmaster is PostgreSQL's "fast shutdown"; its PID is the first line of postmaster.pid.
        var pidFile = _directory.Combine("data/postmaster.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid))
        {
            _ = Posix.Kill(pid, Posix.SigInt);
            _ = await _process.WaitForExitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        await _process.DisposeAsync().ConfigureAwait(false);
        _directory.Dispose();
    }

    private async Task CreateMarkerDatabaseAsync()
    {
        // The port accepts before recovery ends ("the database system is starting up"): retry until a deadline.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        CommandResult result;
        while ((result = await PsqlDirectAsync("postgres", $"CREATE DATABASE {Database}").ConfigureAwait(false)).ExitCode != 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"postgres on {Port} never accepted queries: {result}\n{Output}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        result = await PsqlDirectAsync(Database, $"CREATE TABLE marker(value text); INSERT INTO marker VALUES ('{Marker}')").ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"could not create the marker table: {result}");
        }
    }
}
