using System.Collections.Immutable;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Gateway status in the spec's vocabulary: Accepted (Accepted, or ListenersNotValid, False when no listener is
/// accepted) and Programmed, and per listener Accepted, Conflicted, ResolvedRefs and Programmed with
/// attachedRoutes and supportedKinds (https://gateway-api.sigs.k8s.io/reference/spec/#listenerconditiontype).
/// </summary>
internal static class GatewayStatusBuilder
{
    public static ObjectStatus Build(GatewayState gateway)
    {
        var source = gateway.Source;
        var g = source.Generation;
        var listeners = gateway.Listeners;
        var accepted = listeners.Count(l => l.IsAccepted);
        var invalid = string.Join(", ", listeners.Where(l => !l.IsAccepted).Select(l => l.Name));
        var acceptedCondition = accepted == listeners.Count && accepted > 0
            ? GatewayApi.True("Accepted", "Accepted", string.Empty, g)
            : accepted > 0
                ? GatewayApi.True("Accepted", "ListenersNotValid", $"listeners not accepted: {invalid}", g)
                : GatewayApi.False("Accepted", "ListenersNotValid", listeners.Count == 0 ? "the Gateway has no listeners" : $"no listener is accepted: {invalid}", g);
        var programmed = listeners.Any(l => l.IsProgrammed)
            ? GatewayApi.True("Programmed", "Programmed", string.Empty, g)
            : GatewayApi.False("Programmed", "Invalid", "no listener is programmed", g);

        var problems = new List<Problem>();
        for (var i = 0; i < listeners.Count; i++)
        {
            var l = listeners[i];
            foreach (var why in new[] { l.NotAccepted, l.Conflict, l.Unresolved })
            {
                if (why is { } w)
                {
                    problems.Add(new Problem($"spec.listeners[{i}]", $"{w.Reason}: {w.Message}"));
                }
            }
        }

        return new ObjectStatus(source.Ref, source.ApiVersion, g, [acceptedCondition, programmed], [.. problems], [.. listeners.Select(l => Listener(l, g))], [], source.Location);
    }

    /// <summary>Status of a Gateway whose spec could not be read at all.</summary>
    public static ObjectStatus Invalid(KubeObject source, string message) => new(
        source.Ref,
        source.ApiVersion,
        source.Generation,
        [GatewayApi.False("Accepted", "Invalid", message, source.Generation), GatewayApi.False("Programmed", "Invalid", message, source.Generation)],
        [new Problem("spec", message)],
        [],
        [],
        source.Location);

    private static ListenerStatus Listener(ListenerState l, long g)
    {
        Condition accepted = l.NotAccepted is { } na ? GatewayApi.False("Accepted", na.Reason, na.Message, g) : GatewayApi.True("Accepted", "Accepted", string.Empty, g);
        Condition conflicted = l.Conflict is { } c ? GatewayApi.True("Conflicted", c.Reason, c.Message, g) : GatewayApi.False("Conflicted", "NoConflicts", string.Empty, g);
        Condition resolved = l.Unresolved is { } u ? GatewayApi.False("ResolvedRefs", u.Reason, u.Message, g) : GatewayApi.True("ResolvedRefs", "ResolvedRefs", string.Empty, g);
        var programmed = l.IsProgrammed
            ? GatewayApi.True("Programmed", "Programmed", string.Empty, g)
            : GatewayApi.False("Programmed", "Invalid", (l.NotAccepted ?? l.Conflict ?? l.Unresolved)?.Message ?? "no route kind can attach", g);
        return new ListenerStatus(l.Name, l.AttachedRoutes, l.SupportedKinds, [accepted, conflicted, resolved, programmed]);
    }
}
