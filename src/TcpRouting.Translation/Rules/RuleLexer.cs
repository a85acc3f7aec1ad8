using System.Text;

namespace TcpRouting.Translation.Rules;

/// <summary>Splits a rule into tokens: matcher names, `raw` or "quoted" strings, parentheses, commas, &amp;&amp;, ||, !.</summary>
internal static class RuleLexer
{
    public static List<RuleToken> Tokenize(string rule)
    {
        var tokens = new List<RuleToken>();
        var i = 0;
        while (i < rule.Length)
        {
            var c = rule[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '(':
                    tokens.Add(new(RuleTokenKind.LeftParen, "(", i++));
                    break;
                case ')':
                    tokens.Add(new(RuleTokenKind.RightParen, ")", i++));
                    break;
                case ',':
                    tokens.Add(new(RuleTokenKind.Comma, ",", i++));
                    break;
                case '!':
                    tokens.Add(new(RuleTokenKind.Not, "!", i++));
                    break;
                case '&' or '|':
                    if (i + 1 >= rule.Length || rule[i + 1] != c)
                    {
                        throw new RuleParseException(i, $"expected \"{c}{c}\" but found \"{c}\"");
                    }

                    tokens.Add(new(c == '&' ? RuleTokenKind.And : RuleTokenKind.Or, new string(c, 2), i));
                    i += 2;
                    break;
                case '`':
                    var end = rule.IndexOf('`', i + 1);
                    if (end < 0)
                    {
                        throw new RuleParseException(i, "unterminated string: missing closing backtick");
                    }

                    tokens.Add(new(RuleTokenKind.String, rule[(i + 1)..end], start));
                    i = end + 1;
                    break;
                case '"':
                    tokens.Add(new(RuleTokenKind.String, ReadQuoted(rule, ref i), start));
                    break;
                default:
                    if (!char.IsAsciiLetter(c))
                    {
                        throw new RuleParseException(i, $"unexpected character '{c}'");
                    }

                    while (i < rule.Length && (char.IsAsciiLetterOrDigit(rule[i]) || rule[i] == '_'))
                    {
                        i++;
                    }

                    tokens.Add(new(RuleTokenKind.Identifier, rule[start..i], start));
                    break;
            }
        }

        tokens.Add(new(RuleTokenKind.End, string.Empty, rule.Length));
        return tokens;
    }

    /// <summary>A Go interpreted string literal with the common escapes (\" \\ \n \t).</summary>
    private static string ReadQuoted(string rule, ref int i)
    {
        var start = i++;
        var text = new StringBuilder();
        while (i < rule.Length && rule[i] != '"')
        {
            if (rule[i] == '\\' && i + 1 < rule.Length)
            {
                i++;
                text.Append(rule[i] switch { 'n' => '\n', 't' => '\t', var e => e });
            }
            else
            {
                text.Append(rule[i]);
            }

            i++;
        }

        if (i >= rule.Length)
        {
            throw new RuleParseException(start, "unterminated string: missing closing quote");
        }

        i++;
        return text.ToString();
    }
}
