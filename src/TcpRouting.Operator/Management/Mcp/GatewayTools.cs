using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Server;
using TcpRouting.Operator.Management.Listing;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Mcp;

/// <summary>Tools of our own beside the Traefik ones: Gateway API routes, and one route's status.</summary>
[McpServerToolType]
internal sealed class GatewayTools(RouteManager manager)
{
    [McpServerTool(Name = "tcprouting_manage_gateway_route", Destructive = true, Idempotent = true)]
    [Description("Create (or replace the whole spec of) or delete a Gateway API TCPRoute or TLSRoute attached to a Gateway listener.")]
    public Task<string> ManageGatewayRoute(
        [Description("create or delete.")] string action = "create",
        [Description("tcp (TCPRoute) or tls (TLSRoute, routed by SNI).")] string route_type = "tcp",
        [Description("The route name (required).")] string? route_name = null,
        [Description("The parent Gateway (required for create).")] string? gateway_name = null,
        [Description("The Gateway listener (sectionName).")] string? section_name = null,
        [Description("The Gateway's namespace (default: the route's).")] string? gateway_namespace = null,
        [Description("The Kubernetes Service (default: the route name without a trailing -route).")] string? service_name = null,
        [Description("The Service port.")] int service_port = 5432,
        [Description("tls: SNI host names.")] string[]? hostnames = null,
        [Description("The backend's weight.")] int? weight = null,
        [Description("The namespace.")] string @namespace = "default",
        CancellationToken cancellationToken = default) => McpInputs.RunAsync(async () =>
    {
        var name = McpInputs.Required(route_name, "route_name");
        var kind = route_type.Trim().ToLowerInvariant() switch
        {
            "tcp" or "tcproute" => ManagedKind.TcpRoute,
            "tls" or "tlsroute" => ManagedKind.TlsRoute,
            _ => throw new ManagementException($"route_type: \"{route_type}\" is not one of tcp, tls"),
        };
        if (!McpInputs.IsCreate(action))
        {
            return await manager.DeleteRouteAsync(kind, @namespace, name, cancellationToken).ConfigureAwait(false);
        }

        var request = new RouteRequest(kind, name, @namespace, McpInputs.ServiceFor(service_name, name), service_port)
        {
            Gateway = gateway_name,
            GatewayNamespace = gateway_namespace,
            Section = section_name,
            Hostnames = hostnames ?? [],
            Weight = weight,
        };
        return await manager.ApplyRouteAsync(request, McpInputs.Labels("route_name"), cancellationToken).ConfigureAwait(false);
    });

    [McpServerTool(Name = "tcprouting_route_status", ReadOnly = true, Idempotent = true)]
    [Description("The status of the TCP routes with this name (any kind): targets, middlewares, and whether they are ready or why not.")]
    public Task<string> RouteStatus(
        [Description("The route name (required).")] string? route_name = null,
        [Description("The namespace.")] string @namespace = "default",
        CancellationToken cancellationToken = default) => McpInputs.RunAsync(async () =>
    {
        var name = McpInputs.Required(route_name, "route_name");
        var listing = await manager.ListAsync(cancellationToken).ConfigureAwait(false);
        var routes = listing.Routes.Where(r => r.Namespace == @namespace && r.Name == name).ToList();
        return routes.Count > 0
            ? JsonSerializer.Serialize(routes, ListingJson.Options)
            : throw new ManagementException($"no TCP route {@namespace}/{name} in {manager.Store.Description}");
    });
}
