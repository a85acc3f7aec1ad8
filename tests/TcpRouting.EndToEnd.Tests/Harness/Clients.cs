using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>The real command-line clients, pointed at the proxy.</summary>
internal static class Clients
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>psql with `host` (sent as SNI and checked against the certificate) and hostaddr=127.0.0.1 (no DNS needed).</summary>
    public static Task<CommandResult> PsqlAsync(string host, int port, string database, string sslMode, string? rootCert, params string[] sql)
    {
        var connection = $"host={host} hostaddr=127.0.0.1 port={port} dbname={database} user=postgres sslmode={sslMode} connect_timeout=15";
        if (rootCert is not null)
        {
            connection += $" sslrootcert={rootCert}";
        }

        List<string> arguments = ["-X", "-tA", "-v", "ON_ERROR_STOP=1", connection];
        foreach (var statement in sql)
        {
            arguments.AddRange(["-c", statement]);
        }

        return Command.RunAsync(ExternalProgram.Find("psql", "postgresql-client"), arguments, Timeout);
    }

    public static Task<CommandResult> RedisCliTlsAsync(int port, string sni, string caPath, params string[] command) =>
        Command.RunAsync(ExternalProgram.Find("redis-cli", "redis-tools"),
            ["-h", "127.0.0.1", "-p", port.ToString(), "--tls", "--sni", sni, "--cacert", caPath, .. command], Timeout);

    public static Task<CommandResult> RedisCliAsync(int port, params string[] command) =>
        Command.RunAsync(ExternalProgram.Find("redis-cli", "redis-tools"), ["-h", "127.0.0.1", "-p", port.ToString(), .. command], Timeout);
}
