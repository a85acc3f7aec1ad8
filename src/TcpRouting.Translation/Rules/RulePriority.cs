using System.Text;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// The priority of a route that sets none (or 0), as Traefik's GetRulePriority computes it: the length of the rule
/// in bytes (Go's len), except a rule that is HostSNI(`*`) alone, which gets -1 so the catch-all is tried last.
/// "Alone" is Traefik's test: one HostSNI call with the single value `*`, whatever parentheses or `!` surround it.
/// </summary>
public static class RulePriority
{
    public static int Of(string rule, int? priority) => priority is { } p and not 0 ? p : Default(rule);

    public static int Default(string rule) => IsLoneCatchAll(rule) ? -1 : Encoding.UTF8.GetByteCount(rule);

    private static bool IsLoneCatchAll(string rule)
    {
        List<RuleToken> tokens;
        try
        {
            tokens = RuleLexer.Tokenize(rule);
        }
        catch (RuleParseException)
        {
            return false;
        }

        var calls = tokens.Where(t => t.Kind == RuleTokenKind.Identifier).ToList();
        var values = tokens.Where(t => t.Kind == RuleTokenKind.String).ToList();
        return calls.Count == 1 && MatcherNames.Resolve(calls[0].Text) == MatcherNames.HostSni
            && values is [{ Text: "*" }]
            && !tokens.Any(t => t.Kind is RuleTokenKind.And or RuleTokenKind.Or or RuleTokenKind.Comma);
    }
}
