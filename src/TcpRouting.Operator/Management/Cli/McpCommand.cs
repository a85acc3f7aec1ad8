using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TcpRouting.Operator.Cli;
using TcpRouting.Operator.Management.Mcp;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>`tcprouting mcp [--kubeconfig FILE | --manifests DIR]`: an MCP server on stdin/stdout for agents.</summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var command = new Command("mcp", "Serve the TCP routing tools (drop-in for the Traefik MCP server's) over MCP on stdio");
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async _ =>
        {
            using var host = McpServerHost.Build(new RouteManager(store.Open(parse)), server => server.WithStdioServerTransport());
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
