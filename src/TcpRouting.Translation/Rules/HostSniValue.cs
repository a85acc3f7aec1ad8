using System.Text.RegularExpressions;
using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// One HostSNI value, read as Traefik's hostSNI / hostSNIV2 do: `*`, or word characters, dots, hyphens and colons
/// (its hostOrIP pattern), so host names and IPv4 and IPv6 literals are all accepted, and `*.example.com` is not
/// (Traefik has no wildcard in HostSNI: use HostSNIRegexp). One trailing dot is trimmed (an FQDN names the same
/// host). Matching ignores case in both syntaxes; see docs/traefik-compat.md for why v3 differs from Traefik there.
/// </summary>
internal static partial class HostSniValue
{
    public static Matcher Create(string value, int position, bool first)
    {
        if (value == "*")
        {
            // Only reached for v3, or a `*` after the first v2 value: hostSNIV2 then matches any server name,
            // but not a connection without one.
            return first ? new HostSniMatcher("*") : new HostSniRegexpMatcher(".");
        }

        if (!HostOrIp().IsMatch(value))
        {
            var hint = value.StartsWith("*.", StringComparison.Ordinal)
                ? $"; Traefik's HostSNI takes no wildcard, use HostSNIRegexp(`^[^.]+{Regex.Escape(value[1..])}$`)"
                : value.Any(c => c > 127) ? "; write an internationalised name in its ASCII (xn--) form" : string.Empty;
            throw new RuleParseException(position, $"HostSNI value `{value}` is not a valid host name or IP (letters, digits, '_', '.', '-' and ':' only){hint}");
        }

        return new HostSniMatcher(value.EndsWith('.') ? value[..^1] : value);
    }

    // Go's [[:word:]] is ASCII [0-9A-Za-z_].
    [GeneratedRegex(@"^[0-9A-Za-z_.:\-]+$")]
    private static partial Regex HostOrIp();
}
