using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway.Resources;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>Gateway API GatewayClass, Gateway, TCPRoute, TLSRoute and ReferenceGrant into routes and status.</summary>
public static class GatewayApiTranslator
{
    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    /// <returns>A status for every Gateway API object read.</returns>
    public static ImmutableArray<ObjectStatus> Translate(IReadOnlyList<KubeObject> objects, ClusterIndex index, TableBuilder table, TranslationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        var statuses = new Dictionary<KubeObject, ObjectStatus>(ReferenceEqualityComparer.Instance);

        var grants = new ReferenceGrants();
        foreach (var o in objects.Where(o => GatewayApi.Is(o, GatewayApi.ReferenceGrant)))
        {
            if (SpecReader.Read<ReferenceGrantSpec>(o, out _) is { } spec)
            {
                grants.Add(o, spec);
            }
        }

        var ourClasses = OurClasses(objects, settings, statuses);
        var gateways = new Dictionary<(string, string), GatewayState>();
        foreach (var o in objects.Where(o => GatewayApi.Is(o, GatewayApi.Gateway)))
        {
            var className = KubeJsonRead.String(KubeJsonRead.Object(o.Json, "spec"), "gatewayClassName") ?? string.Empty;
            if (!ourClasses(className))
            {
                continue;
            }

            if (SpecReader.Read<GatewaySpec>(o, out var error) is not { } spec)
            {
                statuses[o] = GatewayStatusBuilder.Invalid(o, error!);
                continue;
            }

            gateways.TryAdd((o.Namespace, o.Name), new GatewayState(o, spec, [.. spec.Listeners.Select(l => ListenerBuilder.Build(o, l, index, grants))]));
        }

        ListenerConflicts.Mark(gateways.Values);
        foreach (var listener in gateways.Values.SelectMany(g => g.Listeners).Where(l => l.IsProgrammed))
        {
            // A programmed listener binds even before any route attaches, as the spec expects.
            table.EnsurePort(listener.Id, listener.Port);
        }

        var attacher = new RouteAttacher(gateways, index, grants, table, settings);
        foreach (var o in objects.Where(o => GatewayApi.Is(o, GatewayApi.TcpRoute) || GatewayApi.Is(o, GatewayApi.TlsRoute)))
        {
            statuses[o] = ObjectGuard.Run(o, () => ReadRoute(o, out var error) is { } route
                ? attacher.Attach(route)
                : new ObjectStatus(o.Ref, o.ApiVersion, o.Generation, [], [new Problem("spec", error!)], [], [], o.Location));
        }

        foreach (var gateway in gateways.Values)
        {
            statuses[gateway.Source] = GatewayStatusBuilder.Build(gateway);
        }

        return [.. objects.Where(statuses.ContainsKey).Select(o => statuses[o])];
    }

    /// <summary>
    /// GatewayClasses naming our controller are ours (status Accepted). A Gateway is ours when its class is; in
    /// manifest mode a class that is not in the snapshot counts as ours too.
    /// </summary>
    private static Func<string, bool> OurClasses(IReadOnlyList<KubeObject> objects, TranslationSettings settings, Dictionary<KubeObject, ObjectStatus> statuses)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var ours = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in objects.Where(o => GatewayApi.Is(o, GatewayApi.GatewayClass)))
        {
            present.Add(o.Name);
            if (SpecReader.Read<GatewayClassSpec>(o, out _) is { } spec && spec.ControllerName == settings.GatewayControllerName)
            {
                ours.Add(o.Name);
                statuses[o] = new ObjectStatus(o.Ref, o.ApiVersion, o.Generation, [GatewayApi.True("Accepted", "Accepted", string.Empty, o.Generation)], [], [], [], o.Location);
            }
        }

        return name => ours.Contains(name) || (settings.ManifestMode && !present.Contains(name));
    }

    private static GatewayRoute? ReadRoute(KubeObject o, out string? error)
    {
        error = null;
        if (GatewayApi.Is(o, GatewayApi.TcpRoute))
        {
            return SpecReader.Read<TcpRouteSpec>(o, out error) is { } tcp
                ? Route(o, tcp.ParentRefs, null, tcp.Rules?.Select(r => r?.BackendRefs), out error)
                : null;
        }

        if (GatewayApi.Is(o, GatewayApi.TlsRoute))
        {
            return SpecReader.Read<TlsRouteSpec>(o, out error) is { } tls
                ? Route(o, tls.ParentRefs, tls.Hostnames, tls.Rules?.Select(r => r?.BackendRefs), out error)
                : null;
        }

        return null;
    }

    /// <summary>
    /// A null list (`rules: null`, `parentRefs: ~`) reads as empty; a null rule is the route's error: JSON null
    /// overrides the specs' `= []` initialisers, and one such route must not cost the others (fuzzing, issue 12).
    /// </summary>
    private static GatewayRoute? Route(KubeObject o, IReadOnlyList<ParentReferenceSpec>? parentRefs, IReadOnlyList<string>? hostnames,
        IEnumerable<IReadOnlyList<BackendRefSpec>?>? rules, out string? error)
    {
        var ruleList = rules?.ToList() ?? [];
        var nullRule = ruleList.IndexOf(null);
        if (nullRule >= 0)
        {
            error = $"spec.rules[{nullRule}]: is null (expected a rule with backendRefs)";
            return null;
        }

        error = null;
        return new GatewayRoute(o, [.. (parentRefs ?? []).OfType<ParentReferenceSpec>()], hostnames?.OfType<string>().ToList(),
            [.. ruleList.Select(r => (IReadOnlyList<BackendRefSpec>)[.. r!.OfType<BackendRefSpec>()])]);
    }
}
