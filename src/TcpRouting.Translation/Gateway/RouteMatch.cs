using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Gateway;

/// <summary>Builds the matcher, rule text and priority for a set of SNI names ("*" alone is a catch-all).</summary>
internal static class RouteMatch
{
    public static (Matcher Match, string Rule, int Priority) ForHosts(IReadOnlyList<string> hosts)
    {
        Matcher? match = null;
        foreach (var host in hosts)
        {
            var one = new HostSniMatcher(host);
            match = match is null ? one : new OrMatcher(match, one);
        }

        var rule = string.Join(" || ", hosts.Select(h => $"HostSNI(`{h}`)"));
        return (match ?? new HostSniMatcher("*"), rule.Length == 0 ? "HostSNI(`*`)" : rule, Priority(hosts));
    }

    /// <summary>
    /// Exact names before wildcards, longer (more specific) wildcards before shorter ones, the catch-all last
    /// (Gateway API: the most specific hostname match wins).
    /// </summary>
    private static int Priority(IReadOnlyList<string> hosts) => hosts.Count == 0 ? 0 : hosts.Max(h =>
        h == "*" ? 0
        : h.StartsWith("*.", StringComparison.Ordinal) ? h.Length
        : 10_000 + h.Length);
}
