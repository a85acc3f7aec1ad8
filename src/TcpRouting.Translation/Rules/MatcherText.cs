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
        HostSniMatcher h => $"HostSNI(`{h.Host}`)",
        HostSniRegexpMatcher r => $"HostSNIRegexp(`{r.Pattern}`)",
        ClientIpMatcher c => $"ClientIP(`{c.Network}`)",
        AlpnMatcher a => $"ALPN(`{a.Protocol}`)",
        _ => matcher.GetType().Name,
    };
}
