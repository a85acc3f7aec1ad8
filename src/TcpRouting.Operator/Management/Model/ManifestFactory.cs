using System.Text.Json;
using System.Text.Json.Nodes;
using TcpRouting.Translation;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway.Resources;
using TcpRouting.Translation.Kong.Resources;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Operator.Management.Model;

/// <summary>
/// Requests as whole Kubernetes objects, built from the same resource types translation reads, so what we write
/// is what we (and Traefik, Kong or a Gateway API controller) read back. Only the fields asked for are set:
/// applying the object as a full replace leaves nothing stale behind.
/// </summary>
internal static class ManifestFactory
{
    public static JsonObject Route(RouteRequest r) => r.Kind.CliName switch
    {
        "ingressroutetcp" => IngressRouteTcp(r),
        "tcproute" => Object(r.Kind, r.Namespace, r.Name, new TcpRouteSpec { ParentRefs = [Parent(r)], Rules = [new TcpRouteRule { BackendRefs = [Backend(r)] }] }),
        "tlsroute" => Object(r.Kind, r.Namespace, r.Name, new TlsRouteSpec
        {
            ParentRefs = [Parent(r)],
            Hostnames = r.Hostnames.Count > 0 ? r.Hostnames : null,
            Rules = [new TlsRouteRule { BackendRefs = [Backend(r)] }],
        }),
        "tcpingress" => TcpIngress(r),
        _ => throw new ManagementException($"{r.Kind.Kind} is not a route kind"),
    };

    public static JsonObject Middleware(MiddlewareRequest m) => Object(ManagedKind.MiddlewareTcp, m.Namespace, m.Name, m.Type == MiddlewareType.IpAllowList
        ? new MiddlewareTcpSpec { IpAllowList = new IpAllowListConfig { SourceRange = [.. m.SourceRanges.Select(s => s.Trim())] } }
        : new MiddlewareTcpSpec { InFlightConn = new InFlightConnConfig { Amount = m.Amount } });

    /// <summary>
    /// The rule for an SNI match: "*" and host names become HostSNI (Traefik v3 rule syntax); a wildcard
    /// "*.example.com" becomes the HostSNIRegexp for one label before the suffix, since Traefik's HostSNI takes no
    /// wildcard (it refuses the rule); a rule is kept as written.
    /// </summary>
    public static string Rule(string sni) =>
        sni.Contains('(', StringComparison.Ordinal) ? sni
        : sni.StartsWith("*.", StringComparison.Ordinal) ? $"HostSNIRegexp(`^[^.]+{System.Text.RegularExpressions.Regex.Escape(sni[1..])}$`)"
        : $"HostSNI(`{sni}`)";

    private static JsonObject IngressRouteTcp(RouteRequest r) => Object(r.Kind, r.Namespace, r.Name, new IngressRouteTcpSpec
    {
        EntryPoints = r.EntryPoints.Count > 0 ? [.. r.EntryPoints] : null,
        Routes =
        [
            new RouteTcp
            {
                Match = Rule(r.Sni),
                Services =
                [
                    new ServiceTcp
                    {
                        Name = r.Service,
                        Port = r.Port,
                        Weight = r.Weight,
                        HealthCheck = r.HealthCheck is { } check ? ServiceHealthAnnotation.Parse(check, out _) : null,
                    },
                ],
                Middlewares = r.Middlewares.Count > 0 ? [.. r.Middlewares.Select(m => new ObjectReference { Name = m })] : null,
            },
        ],
        Tls = r.Passthrough ? new TlsTcp { Passthrough = true } : null,
    });

    // Kong routes a TCPIngress rule by listen port, and by SNI when a host is set (which needs TLS on that port).
    private static JsonObject TcpIngress(RouteRequest r)
    {
        var host = r.Sni is "*" || r.Sni.Contains('(', StringComparison.Ordinal) ? null : r.Sni;
        var manifest = Object(r.Kind, r.Namespace, r.Name, new TcpIngressSpec
        {
            Rules = [new TcpIngressRule { Host = host, Port = r.ListenPort ?? 0, Backend = new TcpIngressBackend { ServiceName = r.Service, ServicePort = r.Port } }],
        });
        manifest["metadata"]!["annotations"] = new JsonObject { ["kubernetes.io/ingress.class"] = "kong" };
        return manifest;
    }

    private static ParentReferenceSpec Parent(RouteRequest r) => new() { Name = r.Gateway ?? string.Empty, Namespace = r.GatewayNamespace, SectionName = r.Section };

    private static BackendRefSpec Backend(RouteRequest r) => new() { Name = r.Service, Port = r.Port, Weight = r.Weight };

    private static JsonObject Object<TSpec>(ManagedKind kind, string @namespace, string name, TSpec spec) => new()
    {
        ["apiVersion"] = kind.Resource.ApiVersion,
        ["kind"] = kind.Kind,
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = @namespace },
        ["spec"] = JsonSerializer.SerializeToNode(spec, KubeJson.Options),
    };
}
