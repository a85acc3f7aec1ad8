namespace TcpRouting.Testing.Peers;

/// <summary>
/// Runs a client that takes only a host name (mosquitto_pub sends that name as SNI and has no separate
/// option) with test names resolving to 127.0.0.1: in a private mount namespace, a hosts file is bound
/// over /etc/hosts for that one process, so the machine's own file is never touched.
/// </summary>
public static class HostsOverride
{
    public static Task<CommandResult> RunAsync(string hostsDirectory, IEnumerable<string> names, string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var hosts = Path.Combine(hostsDirectory, "hosts");
        File.WriteAllLines(hosts, ["127.0.0.1 localhost", .. names.Select(n => $"127.0.0.1 {n}")]);
        var unshare = ExternalProgram.Find("unshare", "util-linux");
        var quoted = string.Join(' ', arguments.Prepend(program).Select(Quote));
        return Command.RunAsync(unshare, ["--mount", "sh", "-c", $"mount --bind {Quote(hosts)} /etc/hosts && exec {quoted}"], timeout);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
