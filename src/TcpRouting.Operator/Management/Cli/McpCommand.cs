using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TcpRouting.Operator.Cli;
using TcpRouting.Operator.Management.Mcp;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>`tcprouting mcp [--kubeconfig FILE | --manifests DIR] [--config FILE]`: an MCP server on stdin/stdout for agents.</summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var config = CommonOptions.Config();
        var command = new Command("mcp", "Serve the TCP routing tools (drop-in for the Traefik MCP server's) over MCP on stdio") { config };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async _ =>
        {
            using var host = McpServerHost.Build(new RouteManager(store.Open(parse), OptionalConfig(parse, config)), server => server.WithStdioServerTransport());
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The static config when `--config` is given, so entry points are checked; else null (assumed).</summary>
    public static TcpRouting.Translation.StaticConfig? OptionalConfig(ParseResult parse, Option<string?> config) =>
        parse.GetValue(config) is { } path ? TcpRouting.Operator.Loading.ConfigLoader.Load(path) : null;
}
