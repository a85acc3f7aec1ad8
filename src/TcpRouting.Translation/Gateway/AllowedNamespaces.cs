using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway.Resources;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Listener allowedRoutes.namespaces: Same (the default), All, or Selector over the namespace's labels
/// (metav1.LabelSelector: matchLabels and matchExpressions In, NotIn, Exists, DoesNotExist).
/// </summary>
internal static class AllowedNamespaces
{
    public static bool Allows(ListenerState listener, string routeNamespace, ClusterIndex index)
    {
        var namespaces = listener.Spec.AllowedRoutes?.Namespaces;
        return (namespaces?.From ?? FromNamespaces.Same) switch
        {
            FromNamespaces.All => true,
            FromNamespaces.Selector => namespaces?.Selector is { } selector && Matches(selector, index.NamespaceLabels(routeNamespace)),
            _ => routeNamespace == listener.Gateway.Namespace,
        };
    }

    private static bool Matches(LabelSelector selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var e in selector.MatchExpressions ?? [])
        {
            var has = labels.TryGetValue(e.Key, out var actual);
            var values = e.Values ?? [];
            var ok = e.Operator switch
            {
                "In" => has && values.Contains(actual!, StringComparer.Ordinal),
                "NotIn" => !has || !values.Contains(actual!, StringComparer.Ordinal),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
