using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Server;
using TcpRouting.Operator.Management.Listing;

namespace TcpRouting.Operator.Management.Mcp;

/// <summary>The resource agents read to verify their routes (seed 002 scenario A step 3).</summary>
[McpServerResourceType]
internal sealed class TrafficResources(RouteManager manager)
{
    public const string ListUri = "traefik://traffic/tcp/list";

    [McpServerResource(UriTemplate = ListUri, Name = "tcp_routes", MimeType = "application/json")]
    [Description("Every TCP route (IngressRouteTCP, TCPRoute, TLSRoute, TCPIngress) with its targets, attached MiddlewareTCPs and their details, and its status; then every MiddlewareTCP with the routes using it.")]
    public async Task<string> List(CancellationToken cancellationToken) =>
        JsonSerializer.Serialize(await manager.ListAsync(cancellationToken).ConfigureAwait(false), ListingJson.Options);
}
