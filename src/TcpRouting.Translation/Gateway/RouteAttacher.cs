using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway.Resources;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Attaches TCPRoutes and TLSRoutes to our Gateways' listeners by parentRefs and writes one status.parents[]
/// entry per Gateway parentRef, with the spec's Accepted and ResolvedRefs reasons
/// (https://gateway-api.sigs.k8s.io/reference/spec/#routeconditiontype).
/// </summary>
internal sealed class RouteAttacher(
    IReadOnlyDictionary<(string Namespace, string Name), GatewayState> gateways,
    ClusterIndex index,
    ReferenceGrants grants,
    TableBuilder table,
    TranslationSettings settings)
{
    private readonly RouteClaims _claims = new();

    public ObjectStatus Attach(GatewayRoute route)
    {
        var source = route.Source;
        var refProblems = new List<RefProblem>();
        var rules = route.Rules
            .Select((refs, i) => BackendRefResolver.Resolve(source, $"spec.rules[{i}].backendRefs", refs, index, grants, refProblems))
            .ToList();
        var resolved = refProblems.Count == 0
            ? GatewayApi.True("ResolvedRefs", "ResolvedRefs", string.Empty, source.Generation)
            : GatewayApi.False("ResolvedRefs", refProblems[0].Reason, string.Join("; ", refProblems.Select(p => $"{p.Field}: {p.Message}")), source.Generation);

        var parents = ImmutableArray.CreateBuilder<RouteParentStatus>();
        var problems = new List<Problem>();
        for (var i = 0; i < route.ParentRefs.Count; i++)
        {
            var p = route.ParentRefs[i];
            if ((p.Group ?? GatewayApi.Group) != GatewayApi.Group || (p.Kind ?? GatewayApi.Gateway) != GatewayApi.Gateway)
            {
                continue; // Not a Gateway (e.g. a mesh Service parent): not ours to report on.
            }

            var ns = string.IsNullOrEmpty(p.Namespace) ? source.Namespace : p.Namespace;
            (string Reason, string Message) outcome;
            if (gateways.TryGetValue((ns, p.Name), out var gateway))
            {
                outcome = AttachTo(route, gateway, p, rules);
            }
            else if (settings.ManifestMode)
            {
                outcome = ("NoMatchingParent", $"Gateway {ns}/{p.Name} not found");
            }
            else
            {
                continue; // Another controller's Gateway, or none: its controller writes this entry.
            }

            var accepted = outcome.Reason == "Accepted"
                ? GatewayApi.True("Accepted", "Accepted", outcome.Message, source.Generation)
                : GatewayApi.False("Accepted", outcome.Reason, outcome.Message, source.Generation);
            if (outcome.Reason != "Accepted")
            {
                problems.Add(new Problem($"spec.parentRefs[{i}]", outcome.Message));
            }

            parents.Add(new RouteParentStatus(
                new ParentReference(p.Group, p.Kind, p.Namespace, p.Name, p.SectionName, p.Port),
                settings.GatewayControllerName,
                [accepted, resolved]));
        }

        problems.AddRange(refProblems.Select(p => new Problem(p.Field, p.Message)));
        return new ObjectStatus(source.Ref, source.ApiVersion, source.Generation, [], [.. problems], [], parents.ToImmutable(), source.Location);
    }

    private (string Reason, string Message) AttachTo(GatewayRoute route, GatewayState gateway, ParentReferenceSpec p, IReadOnlyList<ImmutableArray<ResolvedBackendRef>> rules)
    {
        var gw = $"Gateway {gateway.Source.Namespace}/{gateway.Source.Name}";
        var candidates = gateway.Listeners
            .Where(l => (p.SectionName is null || l.Name == p.SectionName) && (p.Port is null || l.Port == p.Port))
            .ToList();
        if (candidates.Count == 0)
        {
            var wanted = p.SectionName is null ? $"on port {p.Port}" : p.Port is null ? $"named {p.SectionName}" : $"named {p.SectionName} on port {p.Port}";
            return ("NoMatchingParent", $"{gw} has no listener {wanted}");
        }

        var kind = route.Source.Kind;
        var byKind = candidates.Where(l => l.Supports(kind)).ToList();
        if (byKind.Count == 0)
        {
            return ("NotAllowedByListeners", $"{gw} listener {Names(candidates)} does not allow {kind}");
        }

        var byNamespace = byKind.Where(l => AllowedNamespaces.Allows(l, route.Source.Namespace, index)).ToList();
        if (byNamespace.Count == 0)
        {
            return ("NotAllowedByListeners", $"{gw} listener {Names(byKind)} does not allow routes from namespace {route.Source.Namespace}");
        }

        var attached = byNamespace
            .Select(l => (Listener: l, Hosts: route.IsTls ? HostnameIntersection.Intersect(l.Hostname, route.Hostnames) : [l.Hostname ?? "*"]))
            .Where(a => a.Hosts.Count > 0)
            .ToList();
        if (attached.Count == 0)
        {
            return ("NoMatchingListenerHostname", $"hostnames {string.Join(", ", route.Hostnames ?? [])} match no host name of {gw} listener {Names(byNamespace)}");
        }

        var notes = new List<string>();
        foreach (var (listener, hosts) in attached)
        {
            listener.AttachedRoutes++;
            if (listener.IsProgrammed)
            {
                Emit(route, listener, hosts, rules, notes);
            }
            else
            {
                notes.Add($"listener {listener.Name} is not programmed (see the Gateway's listener status); no traffic there");
            }
        }

        return ("Accepted", string.Join("; ", notes));
    }

    private void Emit(GatewayRoute route, ListenerState listener, IReadOnlyList<string> hosts, IReadOnlyList<ImmutableArray<ResolvedBackendRef>> rules, List<string> notes)
    {
        var self = route.Source.Ref;
        if (!route.IsTls)
        {
            // One TCP stream cannot be split between routes: the oldest TCPRoute keeps the listener
            // (TCPRouteMultipleRoutesAttachment; https://gateway-api.sigs.k8s.io/guides/api-design/#conflicts).
            if (listener.TcpHolder is { } holder && holder != self)
            {
                notes.Add($"listener {listener.Name} already sends its connections to the older TCPRoute {holder.Namespace}/{holder.Name}; this route gets no traffic there");
                return;
            }

            listener.TcpHolder = self;
        }

        var kept = new List<string>();
        foreach (var host in hosts)
        {
            if (listener.Protocol == "TLS" && _claims.Claim(listener.Port, host, self) is { } owner)
            {
                notes.Add($"host name {host} on port {listener.Port} is already routed by the older {owner.Kind} {owner.Namespace}/{owner.Name}");
            }
            else
            {
                kept.Add(host);
            }
        }

        if (kept.Count == 0)
        {
            return;
        }

        var tls = listener.Mode switch
        {
            GatewayTlsMode.Passthrough => RouteTls.Passthrough,
            GatewayTlsMode.Terminate => new RouteTls(TlsMode.Terminate, new TlsTermination(listener.Certificates, listener.Certificates.FirstOrDefault(), TlsOptions.Default)),
            _ => RouteTls.None,
        };
        var (match, rule, priority) = RouteMatch.ForHosts(kept);
        for (var i = 0; i < rules.Count; i++)
        {
            var id = _claims.UniqueId(listener.Port, $"{route.IdPrefix}/rule/{i}", listener.Name);
            var backends = rules[i].Select((b, j) => b.ToBackend(id, j)).ToImmutableArray();
            table.AddToPort(listener.Id, listener.Port, new Route(id, self, rule, match, priority, tls, [], backends));
        }
    }

    private static string Names(IEnumerable<ListenerState> listeners) => string.Join(", ", listeners.Select(l => l.Name));
}
