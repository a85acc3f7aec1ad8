using System.Collections.Frozen;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// The spellings Traefik accepts for each matcher, in v2 and v3 alike: the name itself, all lower case, all upper
/// case, and capitalised lower case (pkg/rules NewParser registers exactly these four: `HostSNI`, `hostsni`,
/// `HOSTSNI`, `Hostsni`). Any other mix (`hostSni`) is unknown to Traefik too.
/// </summary>
internal static class MatcherNames
{
    public const string HostSni = "HostSNI";
    public const string HostSniRegexp = "HostSNIRegexp";
    public const string ClientIp = "ClientIP";
    public const string Alpn = "ALPN";

    private static readonly FrozenDictionary<string, string> Spellings = new[] { HostSni, HostSniRegexp, ClientIp, Alpn }
        .SelectMany(name => new[] { name, name.ToLowerInvariant(), name.ToUpperInvariant(), Capitalised(name) }.Distinct().Select(s => (s, name)))
        .ToFrozenDictionary(p => p.s, p => p.name, StringComparer.Ordinal);

    /// <summary>The canonical name for an accepted spelling, else null.</summary>
    public static string? Resolve(string spelling) => Spellings.GetValueOrDefault(spelling);

    /// <summary>For an unknown spelling that differs only in case: the canonical name, to suggest it.</summary>
    public static string? CaseInsensitiveMatch(string spelling) =>
        Spellings.Values.FirstOrDefault(name => string.Equals(name, spelling, StringComparison.OrdinalIgnoreCase));

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
}
