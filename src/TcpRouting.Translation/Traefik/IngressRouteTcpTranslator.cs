using System.Collections.Immutable;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Rules;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>
/// IngressRouteTCP into routes on its entry points (https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-ingressroutetcp).
/// A bad route is skipped and named; the others still serve.
/// </summary>
internal static class IngressRouteTcpTranslator
{
    public static ObjectStatus Translate(KubeObject o, TraefikContext context)
    {
        var status = new CrdStatusBuilder(o);
        var spec = SpecReader.Read<IngressRouteTcpSpec>(o, status);
        if (spec is null)
        {
            return status.Build();
        }

        var entryPoints = EntryPoints(spec, context, status);
        var notes = new List<string>();
        var tls = RouteTlsResolver.Resolve(o, spec.Tls, context, status, notes);
        var routes = spec.Routes ?? [];
        if (routes.Count == 0)
        {
            status.Invalid("spec.routes", "needs at least one route");
        }

        var served = 0;
        for (var i = 0; i < routes.Count; i++)
        {
            var route = tls is null ? null : BuildRoute(o, i, routes[i], spec.Tls is not null, tls, context, status);
            if (route is null)
            {
                continue;
            }

            var added = entryPoints.Count(ep => context.Table.TryAddToEntryPoint(ep, route));
            served += added > 0 ? 1 : 0;
        }

        var message = $"{served} of {routes.Count} routes on entry points {(entryPoints.Count == 0 ? "(none)" : string.Join(", ", entryPoints))}";
        return status.Build(string.Join("; ", notes.Prepend(message)));
    }

    /// <summary>The entry points named (or all of the static config when none is), keeping only those that exist.</summary>
    private static List<string> EntryPoints(IngressRouteTcpSpec spec, TraefikContext context, CrdStatusBuilder status)
    {
        var names = spec.EntryPoints ?? [];
        if (names.Count == 0)
        {
            if (context.Config.EntryPoints.IsEmpty)
            {
                status.Unresolved("spec.entryPoints", "EntryPointNotFound", "no entry point is configured in the static config");
            }

            return [.. context.Config.EntryPoints.Select(e => e.Name)];
        }

        var found = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is null || context.Config.Find(names[i]) is null)
            {
                status.Unresolved($"spec.entryPoints[{i}]", "EntryPointNotFound", $"entry point \"{names[i]}\" is not in the static config");
            }
            else if (!found.Contains(names[i]))
            {
                found.Add(names[i]);
            }
        }

        return found;
    }

    private static Route? BuildRoute(KubeObject o, int i, RouteTcp? spec, bool hasTls, RouteTls tls, TraefikContext context, CrdStatusBuilder status)
    {
        var field = $"spec.routes[{i}]";
        if (spec is null)
        {
            status.Invalid(field, "is empty");
            return null;
        }

        var id = $"ingressroutetcp/{o.Namespace}/{o.Name}/route/{i}";
        var rule = spec.Match ?? string.Empty;
        if (rule.Trim().Length == 0)
        {
            status.Invalid($"{field}.match", "is required, e.g. HostSNI(`*`)", "BadRule");
            return null;
        }

        if (!RuleParser.TryParse(rule, spec.Syntax == RouteSyntax.V2 ? RuleSyntax.V2 : RuleSyntax.V3, out var matcher, out var error))
        {
            status.Invalid($"{field}.match", error!, "BadRule");
            return null;
        }

        if (!hasTls && NeedsTls(matcher!) is { } needing)
        {
            // Without TLS there is no SNI or ALPN to match: Traefik only allows HostSNI(`*`) on such routers.
            status.Invalid($"{field}.match", $"{needing} needs TLS: add spec.tls (passthrough: true, or secretName to terminate), or match HostSNI(`*`)", "BadRule");
            return null;
        }

        var middlewares = Middlewares(o, field, spec.Middlewares, context, status);
        var backends = TraefikBackends.Build(o, id, field, spec.Services, context, status);
        if (middlewares is null || backends is null)
        {
            return null;
        }

        // Unset or 0: Traefik's default, the rule's length, or -1 for HostSNI(`*`) alone (the catch-all is tried last).
        return new Route(id, o.Ref, rule, matcher!, RulePriority.Of(rule, spec.Priority), tls, middlewares.Value, backends.Value);
    }

    private static string? NeedsTls(Matcher matcher) => matcher switch
    {
        HostSniMatcher { IsCatchAll: false } h => $"HostSNI(`{h.Host}`)",
        HostSniRegexpMatcher => "HostSNIRegexp",
        AlpnMatcher => "ALPN",
        NotMatcher n => NeedsTls(n.Inner),
        AndMatcher a => NeedsTls(a.Left) ?? NeedsTls(a.Right),
        OrMatcher x => NeedsTls(x.Left) ?? NeedsTls(x.Right),
        _ => null,
    };

    /// <summary>Middlewares in order; a missing or invalid one fails the route, so an allow list is never silently dropped.</summary>
    private static ImmutableArray<Middleware>? Middlewares(KubeObject o, string field, List<ObjectReference>? references, TraefikContext context, CrdStatusBuilder status)
    {
        var result = ImmutableArray.CreateBuilder<Middleware>();
        var ok = true;
        var list = references ?? [];
        for (var j = 0; j < list.Count; j++)
        {
            var at = $"{field}.middlewares[{j}]";
            if (list[j]?.Name is not { Length: > 0 } reference)
            {
                status.Invalid($"{at}.name", "is required");
                ok = false;
                continue;
            }

            var (ns, name) = context.Catalog.Reference(TraefikCatalog.MiddlewareTcp, reference, list[j]!.Namespace, o.Namespace, out var error);
            if (error is null && context.Refuses(o.Namespace, ns))
            {
                status.Unresolved(at, "RefNotPermitted", TraefikContext.CrossNamespaceMessage("MiddlewareTCP", ns, name));
                ok = false;
            }
            else if (error is not null || !context.Middlewares.TryGetValue((ns, name), out var middleware))
            {
                status.Unresolved(at, "MiddlewareNotFound", error ?? $"MiddlewareTCP {ns}/{name} not found");
                ok = false;
            }
            else if (middleware is null)
            {
                status.Unresolved(at, "MiddlewareInvalid", $"MiddlewareTCP {ns}/{name} is invalid (see its status)");
                ok = false;
            }
            else
            {
                result.Add(middleware);
            }
        }

        return ok ? result.ToImmutable() : null;
    }
}
