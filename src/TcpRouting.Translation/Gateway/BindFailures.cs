using System.Collections.Immutable;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// A Gateway listener the proxy cannot bind (port taken) is not programmed: Programmed=False with reason Pending
/// and the bind error, while the proxy retries (https://gateway-api.sigs.k8s.io/reference/spec/#listenerconditionreason).
/// The Gateway itself is Programmed=False when none of its listeners is bound.
/// </summary>
public static class BindFailures
{
    /// <param name="unbound">Table listener name (a Gateway listener's is gateway/NAMESPACE/NAME/LISTENER) → why.</param>
    public static TranslationResult Apply(TranslationResult result, IReadOnlyDictionary<string, string> unbound)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(unbound);
        if (unbound.Count == 0)
        {
            return result;
        }

        return result with { Statuses = [.. result.Statuses.Select(s => s.Object.Kind == GatewayApi.Gateway && !s.Listeners.IsDefaultOrEmpty ? Gateway(s, unbound) : s)] };
    }

    private static ObjectStatus Gateway(ObjectStatus status, IReadOnlyDictionary<string, string> unbound)
    {
        var g = status.Generation;
        var failed = 0;
        var listeners = status.Listeners.Select(l =>
        {
            if (!unbound.TryGetValue($"gateway/{status.Object.Namespace}/{status.Object.Name}/{l.Name}", out var why))
            {
                return l;
            }

            failed++;
            var pending = GatewayApi.False("Programmed", "Pending", $"cannot bind the listener's port: {why}; retrying", g);
            return l with { Conditions = [.. l.Conditions.Select(c => c.Type == "Programmed" ? pending : c)] };
        }).ToImmutableArray();
        if (failed == 0)
        {
            return status;
        }

        var conditions = failed == listeners.Length
            ? [.. status.Conditions.Select(c => c.Type == "Programmed" ? GatewayApi.False("Programmed", "Pending", "no listener could bind its port", g) : c)]
            : status.Conditions;
        return status with { Listeners = listeners, Conditions = conditions };
    }
}
