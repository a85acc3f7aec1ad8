using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>The services of one route into weighted backends (https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-ingressroutetcp).</summary>
internal static class TraefikBackends
{
    /// <returns>The backends, or null when the route cannot be served. A Service or port that does not resolve is
    /// kept as a backend without endpoints (it takes no traffic) and reported.</returns>
    public static ImmutableArray<Backend>? Build(KubeObject o, string routeId, string field, List<ServiceTcp>? services, TraefikContext context, CrdStatusBuilder status)
    {
        if (services is not { Count: > 0 })
        {
            status.Invalid($"{field}.services", "needs at least one service");
            return null;
        }

        var backends = ImmutableArray.CreateBuilder<Backend>();
        var ok = true;
        for (var k = 0; k < services.Count; k++)
        {
            var backend = Build(o, $"{routeId}/backend/{k}", $"{field}.services[{k}]", services[k], context, status);
            ok &= backend is not null;
            if (backend is not null)
            {
                backends.Add(backend);
            }
        }

        return ok ? backends.ToImmutable() : null;
    }

    private static Backend? Build(KubeObject o, string id, string field, ServiceTcp? service, TraefikContext context, CrdStatusBuilder status)
    {
        if (service is null)
        {
            status.Invalid(field, "is empty");
            return null;
        }

        if (service.Name is not { Length: > 0 } name)
        {
            status.Invalid($"{field}.name", "is required");
            return null;
        }

        if (service.Port is not { } port || (!port.IsInt && port.StringValue.Length == 0))
        {
            status.Invalid($"{field}.port", "is required (a port number or name of the Service)");
            return null;
        }

        if (service.Weight is < 0)
        {
            status.Invalid($"{field}.weight", "must not be negative");
            return null;
        }

        var ns = string.IsNullOrEmpty(service.Namespace) ? o.Namespace : service.Namespace;
        // A transport that does not resolve fails the route: falling back to the default could drop backend TLS.
        if (!TryTransport(o, field, service, context, status, out var transport, out var proxyProtocol))
        {
            return null;
        }

        if (service.ProxyProtocol is { } pp)
        {
            if (pp.Version is not (1 or 2))
            {
                status.Invalid($"{field}.proxyProtocol.version", "must be 1 or 2");
                return null;
            }

            proxyProtocol = pp.Version.Value;
        }

        if (service.TerminationDelay is { } delay)
        {
            // Traefik: a negative delay means the other half is never closed for it (only the idle timeout ends it).
            transport = transport with { TerminationDelay = delay < 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(delay) };
        }

        if (service.Tls == true && transport.Tls is null)
        {
            transport = transport with { Tls = new BackendTls(null, false, [], null, null) };
        }

        var endpoints = ImmutableArray<BackendEndpoint>.Empty;
        if (context.Refuses(o.Namespace, ns))
        {
            status.Unresolved($"{field}.namespace", "RefNotPermitted", TraefikContext.CrossNamespaceMessage("Service", ns, name));
        }
        else
        {
            var resolution = BackendResolver.Resolve(context.Index, ns, name, port.ToString(), service.NativeLB == true);
            if (resolution.Error is { } error)
            {
                status.Unresolved(field, resolution.Reason ?? (context.Index.Find("Service", ns, name) is null ? "ServiceNotFound" : "PortNotFound"), error);
            }

            endpoints = resolution.Endpoints;
        }

        HealthCheck? healthCheck = null;
        if (service.HealthCheck is { } check
            && (healthCheck = HealthCheckReader.Read(check, $"{field}.healthCheck", transport, (f, why) => status.Invalid(f, why))) is null)
        {
            return null;
        }

        return new Backend(id, $"{ns}/{name}:{port}", new SourceRef("Service", ns, name), service.Weight ?? 1, endpoints, proxyProtocol, transport, healthCheck);
    }

    private static bool TryTransport(KubeObject o, string field, ServiceTcp service, TraefikContext context, CrdStatusBuilder status, out BackendTransport transport, out int proxyProtocol)
    {
        (transport, proxyProtocol) = (BackendTransport.Default, 0);
        if (service.ServersTransport is not { Length: > 0 } reference)
        {
            return true;
        }

        var (ns, name) = context.Catalog.Reference(TraefikCatalog.ServersTransportTcp, reference, null, o.Namespace, out var error);
        if (error is null && context.Refuses(o.Namespace, ns))
        {
            error = TraefikContext.CrossNamespaceMessage("ServersTransportTCP", ns, name);
        }
        else if (error is null && !context.Transports.ContainsKey((ns, name)))
        {
            error = $"ServersTransportTCP {ns}/{name} not found";
        }
        else if (error is null && context.Transports[(ns, name)] is null)
        {
            error = $"ServersTransportTCP {ns}/{name} is invalid (see its status)";
        }

        if (error is not null)
        {
            status.Unresolved($"{field}.serversTransport", "ServersTransportNotFound", error);
            return false;
        }

        (transport, proxyProtocol) = context.Transports[(ns, name)]!.Value;
        return true;
    }
}
