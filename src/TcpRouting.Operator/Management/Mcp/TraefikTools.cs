using System.ComponentModel;
using ModelContextProtocol.Server;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Mcp;

/// <summary>
/// The tools of the Traefik MCP server agents already use (seed 002), same names, parameters and defaults, so their
/// prompts keep working: entry point postgresql, port 5432, HostSNI(`*`), namespace default.
/// </summary>
[McpServerToolType]
internal sealed class TraefikTools(RouteManager manager)
{
    private static readonly string[] DefaultEntryPoints = ["postgresql"];

    [McpServerTool(Name = "traefik_manage_tcp_routing", Destructive = true, Idempotent = true)]
    [Description("Create (or, when it exists, replace the whole spec of) or delete a Traefik IngressRouteTCP that routes TCP connections to a Kubernetes Service.")]
    public Task<string> ManageTcpRouting(
        [Description("create or delete. create on an existing route replaces its whole spec in place.")] string action = "create",
        [Description("The IngressRouteTCP name (required).")] string? route_name = null,
        [Description("The Kubernetes Service to route to (default: the route name without a trailing -route).")] string? service_name = null,
        [Description("The Service port.")] int service_port = 5432,
        [Description("Entry points to bind (they must exist in the static configuration).")] string[]? entry_points = null,
        [Description("MiddlewareTCP names (same namespace) applied to the route.")] string[]? middlewares = null,
        [Description("SNI to match: * for plain TCP clients, a host name (TLS clients with SNI), or a full rule such as HostSNI(`db.example.com`).")] string sni_match = "*",
        [Description("Pass TLS through to the backend without terminating it.")] bool tls_passthrough = false,
        [Description("The namespace.")] string @namespace = "default",
        CancellationToken cancellationToken = default) => McpInputs.RunAsync(async () =>
    {
        var name = McpInputs.Required(route_name, "route_name");
        if (!McpInputs.IsCreate(action))
        {
            return await manager.DeleteRouteAsync(ManagedKind.IngressRouteTcp, @namespace, name, cancellationToken).ConfigureAwait(false);
        }

        return await manager.ApplyRouteAsync(Route(name, service_name, service_port, entry_points, middlewares, sni_match, tls_passthrough, @namespace), McpInputs.Labels("route_name"), cancellationToken).ConfigureAwait(false);
    });

    [McpServerTool(Name = "traefik_configure_tcp_middleware", Destructive = true, Idempotent = true)]
    [Description("Create (or replace) or delete a Traefik MiddlewareTCP: an IP allow list or an in-flight connection limit. A middleware still attached to a route is not deleted.")]
    public Task<string> ConfigureTcpMiddleware(
        [Description("create or delete. create on an existing middleware replaces its whole spec in place.")] string action = "create",
        [Description("The MiddlewareTCP name (required).")] string? middleware_name = null,
        [Description("ip_allowlist or in_flight_conn.")] string middleware_type = "ip_allowlist",
        [Description("ip_allowlist: allowed IPs and CIDR ranges as a JSON array string, e.g. [\"192.168.1.0/24\", \"10.0.0.1\"].")] string? source_ranges = null,
        [Description("in_flight_conn: the most simultaneous connections per client IP.")] long? amount = null,
        [Description("The namespace.")] string @namespace = "default",
        CancellationToken cancellationToken = default) => McpInputs.RunAsync(async () =>
    {
        var name = McpInputs.Required(middleware_name, "middleware_name");
        if (!McpInputs.IsCreate(action))
        {
            return await manager.DeleteMiddlewareAsync(@namespace, name, cancellationToken).ConfigureAwait(false);
        }

        return await manager.ApplyMiddlewareAsync(Middleware(name, middleware_type, source_ranges, amount, @namespace), McpInputs.Labels("middleware_name"), cancellationToken).ConfigureAwait(false);
    });

    [McpServerTool(Name = "traefik_generate_routing_manifest", ReadOnly = true, Idempotent = true)]
    [Description("Generate IngressRouteTCP or MiddlewareTCP YAML for GitOps without applying anything.")]
    public Task<string> GenerateRoutingManifest(
        [Description("ingress_route_tcp or middleware_tcp.")] string manifest_type = "ingress_route_tcp",
        [Description("The object's name (required).")] string? name = null,
        [Description("ingress_route_tcp: the Kubernetes Service (default: the name without a trailing -route).")] string? service_name = null,
        [Description("ingress_route_tcp: the Service port.")] int service_port = 5432,
        [Description("ingress_route_tcp: entry points to bind.")] string[]? entry_points = null,
        [Description("ingress_route_tcp: * for plain TCP, a host name, or a full rule.")] string sni_match = "*",
        [Description("middleware_tcp: allowed IPs and CIDR ranges as a JSON array string.")] string? source_ranges = null,
        [Description("The namespace.")] string @namespace = "default",
        [Description("ingress_route_tcp: MiddlewareTCP names to attach.")] string[]? middlewares = null,
        [Description("ingress_route_tcp: pass TLS through to the backend.")] bool tls_passthrough = false,
        [Description("middleware_tcp: ip_allowlist or in_flight_conn.")] string middleware_type = "ip_allowlist",
        [Description("middleware_tcp in_flight_conn: the most simultaneous connections per client IP.")] long? amount = null) => McpInputs.RunAsync(() =>
    {
        var objectName = McpInputs.Required(name, "name");
        var labels = McpInputs.Labels("name");
        var manifest = manifest_type.Trim().ToLowerInvariant() switch
        {
            "ingress_route_tcp" or "ingressroutetcp" => Validated(Route(objectName, service_name, service_port, entry_points, middlewares, sni_match, tls_passthrough, @namespace), labels),
            "middleware_tcp" or "middlewaretcp" => Validated(Middleware(objectName, middleware_type, source_ranges, amount, @namespace), labels),
            _ => throw new ManagementException($"manifest_type: \"{manifest_type}\" is not one of ingress_route_tcp, middleware_tcp"),
        };
        return Task.FromResult(CrdYaml.Write(manifest));
    });

    private static RouteRequest Route(string name, string? service, int port, string[]? entryPoints, string[]? middlewares, string sni, bool passthrough, string @namespace) =>
        new(ManagedKind.IngressRouteTcp, name, @namespace, McpInputs.ServiceFor(service, name), port)
        {
            EntryPoints = entryPoints is { Length: > 0 } ? entryPoints : DefaultEntryPoints,
            Middlewares = middlewares ?? [],
            Sni = string.IsNullOrWhiteSpace(sni) ? "*" : sni.Trim(),
            Passthrough = passthrough,
        };

    private static MiddlewareRequest Middleware(string name, string type, string? sourceRanges, long? amount, string @namespace)
    {
        var kind = type.Trim().ToLowerInvariant() switch
        {
            "ip_allowlist" or "ipallowlist" => MiddlewareType.IpAllowList,
            "in_flight_conn" or "inflightconn" => MiddlewareType.InFlightConn,
            _ => throw new ManagementException($"middleware_type: \"{type}\" is not one of ip_allowlist, in_flight_conn"),
        };
        return new MiddlewareRequest(name, @namespace, kind, McpInputs.List(sourceRanges, "source_ranges"), amount);
    }

    private static System.Text.Json.Nodes.JsonObject Validated(RouteRequest request, Func<string, string> labels)
    {
        InputValidator.Validate(request, labels);
        return ManifestFactory.Route(request);
    }

    private static System.Text.Json.Nodes.JsonObject Validated(MiddlewareRequest request, Func<string, string> labels)
    {
        InputValidator.Validate(request, labels);
        return ManifestFactory.Middleware(request);
    }
}
