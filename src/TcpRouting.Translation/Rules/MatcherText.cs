using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Rules;

/// <summary>A canonical rule text for a parsed matcher (fully parenthesised), for fingerprints and display.</summary>
public static class MatcherText
{
    public static string Format(Matcher matcher) => matcher switch
    {
        HostSniMatcher h => $"HostSNI(`{h.Host}`)",
        HostSniRegexpMatcher r => $"HostSNIRegexp(`{r.Pattern}`)",
        ClientIpMatcher c => $"ClientIP(`{c.Network}`)",
        AlpnMatcher a => $"ALPN(`{a.Protocol}`)",
        NotMatcher n => $"!{Format(n.Inner)}",
        AndMatcher a => $"({Format(a.Left)} && {Format(a.Right)})",
        OrMatcher o => $"({Format(o.Left)} || {Format(o.Right)})",
        null => throw new ArgumentNullException(nameof(matcher)),
        _ => matcher.ToString() ?? matcher.GetType().Name,
    };
}
