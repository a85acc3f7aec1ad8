using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// Parses Traefik's TCP rule language (HostSNI, HostSNIRegexp, ClientIP, ALPN with &amp;&amp;, || and !) into a
/// <see cref="Matcher"/>. Precedence as Traefik (Go's operators): ! binds tighter than &amp;&amp;, which binds
/// tighter than ||; parentheses group. See https://doc.traefik.io/traefik/routing/routers/#rule_1.
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

        try
        {
            var parser = new Cursor(RuleLexer.Tokenize(rule), syntax);
            var parsed = parser.ParseOr();
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

        public Matcher ParseOr()
        {
            var left = ParseAnd();
            while (Peek.Kind == RuleTokenKind.Or)
            {
                _next++;
                left = new OrMatcher(left, ParseAnd());
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

        private Matcher ParseAnd()
        {
            var left = ParseUnary();
            while (Peek.Kind == RuleTokenKind.And)
            {
                _next++;
                left = new AndMatcher(left, ParseUnary());
            }

            return left;
        }

        private Matcher ParseUnary()
        {
            switch (Peek.Kind)
            {
                case RuleTokenKind.Not:
                    _next++;
                    return new NotMatcher(ParseUnary());
                case RuleTokenKind.LeftParen:
                    _next++;
                    var inner = ParseOr();
                    Expect(RuleTokenKind.RightParen, "\")\" to close the parenthesis");
                    return inner;
                default:
                    return ParseCall();
            }
        }

        private Matcher ParseCall()
        {
            var name = Expect(RuleTokenKind.Identifier, "a matcher (HostSNI, HostSNIRegexp, ClientIP or ALPN), \"!\" or \"(\"");
            if (!MatcherFactory.IsKnown(name.Text))
            {
                throw new RuleParseException(name.Position, $"unknown matcher \"{name.Text}\" (expected HostSNI, HostSNIRegexp, ClientIP or ALPN)");
            }

            Expect(RuleTokenKind.LeftParen, $"\"(\" after {name.Text}");
            var args = new List<RuleToken>();
            if (Peek.Kind != RuleTokenKind.RightParen)
            {
                args.Add(Expect(RuleTokenKind.String, $"a `value` in backticks as argument of {name.Text}"));
                while (Peek.Kind == RuleTokenKind.Comma)
                {
                    _next++;
                    args.Add(Expect(RuleTokenKind.String, $"a `value` in backticks after \",\" in {name.Text}"));
                }
            }

            Expect(RuleTokenKind.RightParen, $"\",\" or \")\" to close {name.Text}(");
            return MatcherFactory.Create(name, args, syntax);
        }
    }
}
