using System.Net;
using System.Text;
using TcpRouting.Fuzz.Support;
using TcpRouting.Model;
using TcpRouting.Translation.Rules;

namespace TcpRouting.Fuzz.Targets;

/// <summary>
/// RuleParser.TryParse, a route author's `match`, in both syntaxes. It never throws; it answers a matcher or
/// an error "column N: ..." within the rule, never both; a parsed matcher evaluates without throwing, and its
/// canonical text (MatcherText, used for fingerprints and display) parses back to the same text (v3).
/// </summary>
/// <remarks>
/// Deep nesting is not skipped: the parser's limits (8192 characters, 64 open parentheses) refuse it with a
/// column, which this target checks like any other error (issue 12, finding 2, fixed).
/// </remarks>
internal static class RuleTarget
{
    private static readonly ConnectionFacts[] Samples =
    [
        new(IPAddress.Parse("10.1.2.3"), true, "db.tenants.example.com", ["postgresql", "h2"]),
        new(IPAddress.Parse("2001:db8::7"), false, null, []),
    ];

    public static void Run(byte[] data)
    {
        var rule = Encoding.UTF8.GetString(data);
        foreach (var syntax in (RuleSyntax[])[RuleSyntax.V3, RuleSyntax.V2])
        {
            var parsed = RuleParser.TryParse(rule, syntax, out var matcher, out var error);
            Check.That(parsed == (matcher is not null) && parsed == (error is null), "a matcher or an error, never both");
            if (!parsed)
            {
                // A rule over the length limit is refused whole; every other error names where it is.
                Check.That(rule.Length > RuleLimits.MaxLength ? error!.StartsWith("the rule is ", StringComparison.Ordinal) : ErrorColumnIsWithin(error!, rule.Length),
                    $"the error names a column within the rule, or the length limit: {error}");
                continue;
            }

            foreach (var facts in Samples)
            {
                matcher!.Matches(facts);
            }

            var text = MatcherText.Format(matcher!);
            if (syntax == RuleSyntax.V3)
            {
                var again = RuleParser.TryParse(text, RuleSyntax.V3, out var reparsed, out var reparseError);
                Check.That(again && MatcherText.Format(reparsed!) == text, $"the canonical text parses back to itself: {text} gave {reparseError}");
            }
        }
    }

    private static bool ErrorColumnIsWithin(string error, int ruleLength)
    {
        var colon = error.IndexOf(':', StringComparison.Ordinal);
        return error.StartsWith("column ", StringComparison.Ordinal) && colon > 7
            && int.TryParse(error.AsSpan(7, colon - 7), out var column) && column >= 1 && column <= ruleLength + 1;
    }
}
