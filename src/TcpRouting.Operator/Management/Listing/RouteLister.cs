using System.Text.Json;
using TcpRouting.Operator.Loading;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Translation;
using TcpRouting.Translation.Gateway.Resources;
using TcpRouting.Translation.Kong.Resources;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Operator.Management.Listing;

/// <summary>
/// Every TCP route in a snapshot with its targets, middlewares and status. The status is what translation says
/// of the route (the same Translator `run` serves from), so it is right for a folder too, where no controller
/// writes a status.
/// </summary>
internal static class RouteLister
{
    /// <param name="config">The static config (`--config`) to check entry points against; when null, every entry
    /// point a route names is assumed to exist (the static config lives with the proxy, not in the cluster).</param>
    public static RouteListing List(IReadOnlyList<KubeObject> snapshot, TranslationSettings settings, StaticConfig? config = null)
    {
        var statuses = Translator.Translate(ResourceSnapshot.Of(snapshot, config ?? AssumedEntryPoints.For(snapshot), settings)).Statuses
            .GroupBy(s => s.Object)
            .ToDictionary(g => g.Key, g => g.First());
        var middlewares = snapshot.Where(ManagedKind.MiddlewareTcp.Matches).ToDictionary(o => (o.Namespace, o.Name), Detail);
        var routes = new List<RouteEntry>();
        foreach (var kind in ManagedKind.Routes)
        {
            foreach (var route in snapshot.Where(kind.Matches).OrderBy(o => o.Namespace, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal))
            {
                var state = statuses.TryGetValue(route.Ref, out var status) ? State(status) : new RouteState(false, ["not translated"]);
                routes.Add(Entry(kind, route, state, middlewares));
            }
        }

        var uses = middlewares.Values
            .OrderBy(m => m.Namespace, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new MiddlewareUse(m, [.. routes.Where(r => r.Rules.Any(rule => rule.Middlewares.Any(x => x.Namespace == m.Namespace && x.Name == m.Name))).Select(r => $"{r.Namespace}/{r.Name}")]))
            .ToList();
        return new RouteListing(routes, uses);
    }

    private static RouteEntry Entry(ManagedKind kind, KubeObject route, RouteState state, Dictionary<(string, string), MiddlewareDetail> middlewares)
    {
        try
        {
            return kind.CliName switch
            {
                "ingressroutetcp" => IngressRoute(route, state, middlewares),
                "tcproute" => Gateway(route, state, Spec<TcpRouteSpec>(route) is { } s ? (s.ParentRefs, null, s.Rules.Select(r => r.BackendRefs)) : default),
                "tlsroute" => Gateway(route, state, Spec<TlsRouteSpec>(route) is { } s ? (s.ParentRefs, s.Hostnames, s.Rules.Select(r => r.BackendRefs)) : default),
                _ => Kong(route, state),
            };
        }
        catch (JsonException e)
        {
            return new RouteEntry(route.Kind, route.Namespace, route.Name, [], [], false, new RouteState(false, [.. state.Messages, $"spec: {e.Message}"]));
        }
    }

    private static RouteEntry IngressRoute(KubeObject route, RouteState state, Dictionary<(string, string), MiddlewareDetail> middlewares)
    {
        var spec = route.As<IngressRouteTcp>().Spec ?? new IngressRouteTcpSpec();
        var rules = (spec.Routes ?? []).Select(r => new RuleEntry(
            r.Match ?? string.Empty,
            [.. (r.Services ?? []).Select(s => new TargetEntry(s.Name ?? string.Empty, s.Namespace ?? route.Namespace, s.Port?.ToString() ?? string.Empty, s.Weight))],
            [.. (r.Middlewares ?? []).Select(m => (m.Namespace ?? route.Namespace, m.Name ?? string.Empty))
                .Select(key => middlewares.TryGetValue(key, out var found) ? found : new MiddlewareDetail(key.Item2, key.Item1, false, null, null, null))]));
        return new RouteEntry(route.Kind, route.Namespace, route.Name, spec.EntryPoints ?? [], [.. rules], spec.Tls?.Passthrough == true, state);
    }

    private static RouteEntry Gateway(
        KubeObject route,
        RouteState state,
        (IReadOnlyList<ParentReferenceSpec> Parents, IReadOnlyList<string>? Hostnames, IEnumerable<IReadOnlyList<BackendRefSpec>> Rules) spec)
    {
        var match = spec.Hostnames is { Count: > 0 } hosts ? $"SNI {string.Join(", ", hosts)}" : "*";
        var rules = (spec.Rules ?? []).Select(backends => new RuleEntry(match, [.. backends.Select(b => new TargetEntry(b.Name, b.Namespace ?? route.Namespace, b.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, b.Weight))], []));
        var parents = (spec.Parents ?? []).Select(p => $"{p.Namespace ?? route.Namespace}/{p.Name}{(p.SectionName is null ? string.Empty : $"/{p.SectionName}")}");
        return new RouteEntry(route.Kind, route.Namespace, route.Name, [.. parents], [.. rules], route.Kind == ManagedKind.TlsRoute.Kind, state);
    }

    private static RouteEntry Kong(KubeObject route, RouteState state)
    {
        var spec = Spec<TcpIngressSpec>(route) ?? new TcpIngressSpec();
        var rules = spec.Rules.Select(r => new RuleEntry(
            r.Host is null ? "*" : $"SNI {r.Host}",
            [new TargetEntry(r.Backend.ServiceName, route.Namespace, r.Backend.ServicePort.ToString(System.Globalization.CultureInfo.InvariantCulture), null)],
            []));
        return new RouteEntry(route.Kind, route.Namespace, route.Name, [.. spec.Rules.Select(r => $"port {r.Port}").Distinct()], [.. rules], false, state);
    }

    private static MiddlewareDetail Detail(KubeObject middleware)
    {
        var spec = middleware.As<MiddlewareTcp>().Spec ?? new MiddlewareTcpSpec();
        var allow = spec.IpAllowList ?? spec.IpWhiteList;
        var type = allow is not null ? "ipAllowList" : spec.InFlightConn is not null ? "inFlightConn" : null;
        return new MiddlewareDetail(middleware.Name, middleware.Namespace, true, type, allow?.SourceRange, spec.InFlightConn?.Amount);
    }

    private static T? Spec<T>(KubeObject o) where T : class =>
        o.Json.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object ? spec.Deserialize<T>(KubeJson.Options) : null;

    private static RouteState State(ObjectStatus status)
    {
        var messages = status.Problems.Select(p => $"{p.Field}: {p.Message}")
            .Concat(status.Conditions.Where(c => c.Status != "True" && status.Problems.IsEmpty).Select(c => $"{c.Type} {c.Status}: {c.Message}"))
            .Concat(status.Parents.SelectMany(p => p.Conditions.Where(c => c.Status != "True").Select(c => $"parent {p.ParentRef.Name}: {c.Type} {c.Status}: {c.Message}")))
            .Distinct()
            .ToList();
        return new RouteState(messages.Count == 0, messages);
    }
}
