using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Discovery;

namespace TcpRouting.Kubernetes.Reconcile;

/// <summary>
/// The class filter of one controller, saying once per object why an object is left alone: which class it
/// names and which one we serve (a Traefik or Kong object of another class is otherwise silently ignored,
/// and "why is my route not served?" has no answer in the log).
/// </summary>
internal sealed class ClassSkips(string ourClass, ILogger logger)
{
    private readonly Lock _lock = new();
    private HashSet<string> _told = [];
    private HashSet<string> _seen = [];

    public bool IsOurs(KubeObject o, KindFamily family)
    {
        if (ClassFilter.IsOurs(o, family, ourClass))
        {
            return true;
        }

        var named = ClassFilter.ClassOf(o, family)!;
        var key = $"{o.ApiVersion}/{o.Kind}/{o.Namespace}/{o.Name}/{o.Uid}/{named}";
        lock (_lock)
        {
            _seen.Add(key);
            if (_told.Add(key))
            {
                KubernetesLog.OtherClass(logger, o.Kind, o.Namespace.Length > 0 ? $"{o.Namespace}/{o.Name}" : o.Name, named, ourClass);
            }
        }

        return false;
    }

    /// <summary>Ends a pass: objects no longer skipped are forgotten, so one that comes back is told again.</summary>
    public void EndPass()
    {
        lock (_lock)
        {
            _told = _seen;
            _seen = [];
        }
    }
}
