using System.Text.RegularExpressions;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Rules;

/// <summary>Builds the matcher for one call, checking its arguments as Traefik does for the rule syntax in use.</summary>
internal static partial class MatcherFactory
{
    public static bool IsKnown(string name) => name is "HostSNI" or "HostSNIRegexp" or "ClientIP" or "ALPN";

    public static Matcher Create(RuleToken name, List<RuleToken> args, RuleSyntax syntax)
    {
        if (args.Count == 0)
        {
            throw new RuleParseException(name.Position, $"{name.Text} needs a value, e.g. {name.Text}(`...`)");
        }

        // v3 takes exactly one value per matcher; v2 accepts several, any of which may match.
        if (syntax == RuleSyntax.V3 && args.Count > 1)
        {
            throw new RuleParseException(args[1].Position, $"{name.Text} takes one value in the v3 syntax (combine with ||, or set syntax: v2)");
        }

        Matcher? result = null;
        foreach (var arg in args)
        {
            var one = CreateOne(name.Text, arg, syntax);
            result = result is null ? one : new OrMatcher(result, one);
        }

        return result!;
    }

    private static Matcher CreateOne(string name, RuleToken arg, RuleSyntax syntax)
    {
        var value = arg.Text.Trim();
        if (value.Length == 0)
        {
            throw new RuleParseException(arg.Position, $"{name} needs a non-empty value");
        }

        switch (name)
        {
            case "HostSNI":
                if (value != "*" && !HostName().IsMatch(value))
                {
                    throw new RuleParseException(arg.Position, $"HostSNI value `{value}` is not a host name (expected `*`, `example.com` or `*.example.com`)");
                }

                return new HostSniMatcher(value);
            case "HostSNIRegexp":
                var pattern = syntax == RuleSyntax.V2 ? HostTemplate.ToRegex(value, arg.Position) : GoRegex.ToDotNet(value);
                try
                {
                    return new HostSniRegexpMatcher(pattern);
                }
                catch (ArgumentException e)
                {
                    throw new RuleParseException(arg.Position, $"HostSNIRegexp value `{value}` is not a valid regular expression: {e.Message}");
                }

            case "ClientIP":
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

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*$")]
    private static partial Regex HostName();
}
