using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Protocol;

namespace TcpRouting.Operator.Management.Mcp;

/// <summary>The MCP server: our tools and resource over a transport (stdio for `tcprouting mcp`, streams in tests).</summary>
internal static class McpServerHost
{
    public static IHost Build(RouteManager manager, Action<IMcpServerBuilder> transport)
    {
        // An empty builder: no console logger, since stdout carries the protocol.
        var builder = Host.CreateEmptyApplicationBuilder(settings: null);
        builder.Services.AddSingleton(manager);
        var server = builder.Services
            .AddMcpServer(options => options.ServerInfo = new Implementation { Name = "tcprouting", Version = typeof(McpServerHost).Assembly.GetName().Version?.ToString() ?? "0" })
            .WithTools<TraefikTools>()
            .WithTools<GatewayTools>()
            .WithResources<TrafficResources>();
        transport(server);
        return builder.Build();
    }
}
