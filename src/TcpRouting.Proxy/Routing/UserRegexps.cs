using TcpRouting.Model.Matchers;

namespace TcpRouting.Proxy.Routing;

/// <summary>Whether a rule evaluates a user's regular expression; walks the tree with a stack, never recursion.</summary>
internal static class UserRegexps
{
    public static bool In(Matcher matcher)
    {
        var pending = new Stack<Matcher>();
        pending.Push(matcher);
        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case HostSniRegexpMatcher:
                    return true;
                case NotMatcher n:
                    pending.Push(n.Inner);
                    break;
                case AndMatcher a:
                    pending.Push(a.Left);
                    pending.Push(a.Right);
                    break;
                case OrMatcher o:
                    pending.Push(o.Left);
                    pending.Push(o.Right);
                    break;
            }
        }

        return false;
    }
}
