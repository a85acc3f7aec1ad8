using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// A HostSNIRegexp value into a linear-time matcher. v3 (Traefik's hostSNIRegexp): Go RE2 syntax, not anchored,
/// case-sensitive, ASCII only. v2 (hostSNIRegexpV2): a gorilla/mux host template, anchored and case-insensitive.
/// A construct that needs backtracking (RE2 has none of them either) is refused, naming it.
/// </summary>
internal static class UserRegex
{
    public static HostSniRegexpMatcher Create(string value, int position, RuleSyntax syntax)
    {
        if (syntax == RuleSyntax.V3 && value.Any(c => c > 127))
        {
            throw new RuleParseException(position, $"HostSNIRegexp value `{value}` contains non-ASCII characters (Traefik refuses them: a server name is ASCII)");
        }

        var pattern = syntax == RuleSyntax.V2 ? HostTemplate.ToRegex(value, position) : GoRegex.ToDotNet(value);
        try
        {
            return new HostSniRegexpMatcher(pattern);
        }
        catch (NotSupportedException e)
        {
            throw new RuleParseException(position, $"HostSNIRegexp value `{value}` uses a construct that needs backtracking, which neither Go's RE2 (Traefik) nor our linear-time engine supports: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new RuleParseException(position, $"HostSNIRegexp value `{value}` is not a valid regular expression: {e.Message}");
        }
    }
}
