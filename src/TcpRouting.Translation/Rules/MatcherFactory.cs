using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// Builds the matcher for one call, checking its arguments as Traefik does for the rule syntax in use
/// (pkg/muxer/tcp matcher.go for v3, matcher_v2.go for v2). Values are taken as written, never trimmed.
/// </summary>
internal static class MatcherFactory
{
    public static Matcher Create(RuleToken name, List<RuleToken> args, RuleSyntax syntax)
    {
        if (args.Count == 0)
        {
            throw new RuleParseException(name.Position, $"{name.Text} needs a value, e.g. {name.Text}(`...`)");
        }

        // v3 takes exactly one value per matcher (expect1Parameter); v2 accepts several, any of which may match.
        if (syntax == RuleSyntax.V3 && args.Count > 1)
        {
            throw new RuleParseException(args[1].Position, $"{name.Text} takes one value in the v3 syntax (combine with ||, or set syntax: v2)");
        }

        foreach (var arg in args)
        {
            if (arg.Text.Length == 0)
            {
                throw new RuleParseException(arg.Position, $"{name.Text} needs a non-empty value");
            }
        }

        if (name.Text == MatcherNames.HostSni && syntax == RuleSyntax.V2 && args[0].Text == "*")
        {
            // v2: a `*` first makes the whole matcher a catch-all, even of connections without SNI (hostSNIV2).
            return new HostSniMatcher("*");
        }

        Matcher? result = null;
        for (var i = 0; i < args.Count; i++)
        {
            var one = CreateOne(name.Text, args[i], syntax, first: i == 0);
            result = result is null ? one : new OrMatcher(result, one);
        }

        return result!;
    }

    private static Matcher CreateOne(string name, RuleToken arg, RuleSyntax syntax, bool first)
    {
        var value = arg.Text;
        switch (name)
        {
            case MatcherNames.HostSni:
                return HostSniValue.Create(value, arg.Position, first);
            case MatcherNames.HostSniRegexp:
                return UserRegex.Create(value, arg.Position, syntax);
            case MatcherNames.ClientIp:
                return Cidr.TryParse(value, out var network, out var error)
                    ? new ClientIpMatcher(network)
                    : throw new RuleParseException(arg.Position, $"ClientIP: {error}");
            default:
                // RFC 8737: acme-tls/1 is reserved for the ACME TLS-ALPN challenge; Traefik refuses it in rules.
                return value == "acme-tls/1"
                    ? throw new RuleParseException(arg.Position, "ALPN value `acme-tls/1` is reserved for ACME challenges")
                    : new AlpnMatcher(value);
        }
    }
}
