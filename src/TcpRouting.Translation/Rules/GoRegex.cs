namespace TcpRouting.Translation.Rules;

/// <summary>
/// Go RE2 syntax into .NET: named groups (?P&lt;name&gt;...) become (?&lt;name&gt;...). Like Go's MatchString, the
/// pattern is not anchored unless it says ^ and $ itself (Traefik v3 HostSNIRegexp).
/// </summary>
internal static class GoRegex
{
    public static string ToDotNet(string pattern) => pattern.Replace("(?P<", "(?<", StringComparison.Ordinal);
}
