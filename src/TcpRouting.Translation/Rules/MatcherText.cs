using System.Text;
using TcpRouting.Model.Matchers;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// A canonical rule text for a parsed matcher (fully parenthesised), for fingerprints and display. Iterative, with
/// an explicit stack, so no matcher tree can overflow the call stack here.
/// </summary>
public static class MatcherText
{
    public static string Format(Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var text = new StringBuilder();
        var pending = new Stack<object>();
        pending.Push(matcher);
        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case string literal:
                    text.Append(literal);
                    break;
                case NotMatcher n:
                    text.Append('!');
                    pending.Push(n.Inner);
                    break;
                case AndMatcher a:
                    PushBinary(pending, a.Left, " && ", a.Right);
                    break;
                case OrMatcher o:
                    PushBinary(pending, o.Left, " || ", o.Right);
                    break;
                case Matcher leaf:
                    text.Append(Leaf(leaf));
                    break;
            }
        }

        return text.ToString();
    }

    private static void PushBinary(Stack<object> pending, Matcher left, string op, Matcher right)
    {
        // Popped in reverse: "(" left op right ")".
        pending.Push(")");
        pending.Push(right);
        pending.Push(op);
        pending.Push(left);
        pending.Push("(");
    }

    private static string Leaf(Matcher matcher) => matcher switch
    {
        HostSniMatcher h => $"HostSNI({Value(h.Host)})",
        HostSniRegexpMatcher r => $"HostSNIRegexp({Value(r.Pattern)})",
        ClientIpMatcher c => $"ClientIP(`{c.Network}`)",
        AlpnMatcher a => $"ALPN({Value(a.Protocol)})",
        _ => matcher.GetType().Name,
    };

    /// <summary>
    /// A value as the rule syntax reads it back: `raw`, unless it holds a backtick (a "quoted" value may), then a
    /// "quoted" Go string with \ and " escaped. Else two rules could share one text, and with it the table's
    /// fingerprint (fuzz/findings/rule/README.md).
    /// </summary>
    private static string Value(string value) =>
        value.Contains('`', StringComparison.Ordinal) ? $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"" : $"`{value}`";
}
