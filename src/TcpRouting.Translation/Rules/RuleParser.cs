using System.Globalization;
using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// Parses Traefik's TCP rule language (HostSNI, HostSNIRegexp, ClientIP, ALPN with &amp;&amp;, || and !) into a
/// <see cref="Matcher"/>. Precedence as Traefik (Go's operators): ! binds tighter than &amp;&amp;, which binds
/// tighter than ||; parentheses group. See https://doc.traefik.io/traefik/routing/routers/#rule_1.
/// Recursion is bounded: chains of &amp;&amp; and || are loops, a run of `!` folds into one negation or none (as
/// Traefik's invert does), and only parentheses nest, at most <see cref="RuleLimits.MaxDepth"/> deep.
/// </summary>
public static class RuleParser
{
    /// <param name="error">"column N: what was expected" when the rule is bad.</param>
    public static bool TryParse(string? rule, RuleSyntax syntax, out Matcher? matcher, out string? error)
    {
        matcher = null;
        error = null;
        if (string.IsNullOrWhiteSpace(rule))
        {
            error = "column 1: the rule is empty (expected a matcher such as HostSNI(`*`))";
            return false;
        }

        if (rule.Length > RuleLimits.MaxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the rule is {rule.Length} characters long; the limit is {RuleLimits.MaxLength}");
            return false;
        }

        try
        {
            var parser = new Cursor(RuleLexer.Tokenize(rule), syntax);
            var parsed = parser.ParseOr(depth: 0);
            parser.Expect(RuleTokenKind.End, "an operator (&& or ||) or the end of the rule");
            matcher = parsed;
            return true;
        }
        catch (RuleParseException e)
        {
            error = $"column {e.Position + 1}: {e.Message}";
            return false;
        }
    }

    private sealed class Cursor(List<RuleToken> tokens, RuleSyntax syntax)
    {
        private int _next;

        private RuleToken Peek => tokens[_next];

        public Matcher ParseOr(int depth)
        {
            var left = ParseAnd(depth);
            while (Peek.Kind == RuleTokenKind.Or)
            {
                _next++;
                left = new OrMatcher(left, ParseAnd(depth));
            }

            return left;
        }

        public RuleToken Expect(RuleTokenKind kind, string expected)
        {
            var token = Peek;
            if (token.Kind != kind)
            {
                throw new RuleParseException(token.Position, $"expected {expected} but found {token.Describe()}");
            }

            _next++;
            return token;
        }

        private Matcher ParseAnd(int depth)
        {
            var left = ParseUnary(depth);
            while (Peek.Kind == RuleTokenKind.And)
            {
                _next++;
                left = new AndMatcher(left, ParseUnary(depth));
            }

            return left;
        }

        private Matcher ParseUnary(int depth)
        {
            var negations = 0;
            while (Peek.Kind == RuleTokenKind.Not)
            {
                negations++;
                _next++;
            }

            Matcher operand;
            if (Peek.Kind == RuleTokenKind.LeftParen)
            {
                if (depth >= RuleLimits.MaxDepth)
                {
                    throw new RuleParseException(Peek.Position, $"parentheses nest deeper than {RuleLimits.MaxDepth} levels (the limit)");
                }

                _next++;
                operand = ParseOr(depth + 1);
                Expect(RuleTokenKind.RightParen, "\")\" to close the parenthesis");
            }
            else
            {
                operand = ParseCall();
            }

            return negations % 2 == 1 ? new NotMatcher(operand) : operand;
        }

        private Matcher ParseCall()
        {
            var token = Expect(RuleTokenKind.Identifier, "a matcher (HostSNI, HostSNIRegexp, ClientIP or ALPN), \"!\" or \"(\"");
            if (MatcherNames.Resolve(token.Text) is not { } canonical)
            {
                var hint = MatcherNames.CaseInsensitiveMatch(token.Text) is { } near
                    ? $" (Traefik accepts {near}, {near.ToLowerInvariant()}, {near.ToUpperInvariant()} or {char.ToUpperInvariant(near[0])}{near[1..].ToLowerInvariant()})"
                    : " (expected HostSNI, HostSNIRegexp, ClientIP or ALPN)";
                throw new RuleParseException(token.Position, $"unknown matcher \"{token.Text}\"{hint}");
            }

            var name = token with { Text = canonical };
            Expect(RuleTokenKind.LeftParen, $"\"(\" after {token.Text}");
            var args = new List<RuleToken>();
            if (Peek.Kind != RuleTokenKind.RightParen)
            {
                args.Add(Expect(RuleTokenKind.String, $"a `value` in backticks as argument of {token.Text}"));
                while (Peek.Kind == RuleTokenKind.Comma)
                {
                    _next++;
                    args.Add(Expect(RuleTokenKind.String, $"a `value` in backticks after \",\" in {token.Text}"));
                }
            }

            Expect(RuleTokenKind.RightParen, $"\",\" or \")\" to close {token.Text}(");
            return MatcherFactory.Create(name, args, syntax);
        }
    }
}
