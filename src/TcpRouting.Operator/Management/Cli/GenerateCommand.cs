using System.CommandLine;
using TcpRouting.Operator.Cli;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>`tcprouting generate KIND [options]`: one object as YAML on stdout, for a GitOps repository.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Print a route or MiddlewareTCP as YAML (for GitOps; nothing is written)");
        foreach (var kind in ManagedKind.Routes)
        {
            var options = new RouteOptions();
            var sub = new Command(kind.CliName, $"Print a {kind.Kind}");
            options.AddTo(sub);
            sub.SetAction((parse, _) => ManagementGuard.RunAsync(parse, output =>
            {
                var request = options.Bind(parse, kind);
                InputValidator.Validate(request, RouteOptions.Label);
                return WriteAsync(output, ManifestFactory.Route(request));
            }));
            command.Subcommands.Add(sub);
        }

        var middleware = new MiddlewareOptions();
        var middlewareCommand = new Command(ManagedKind.MiddlewareTcp.CliName, "Print a MiddlewareTCP (ipAllowList or inFlightConn)");
        middleware.AddTo(middlewareCommand);
        middlewareCommand.SetAction((parse, _) => ManagementGuard.RunAsync(parse, output =>
        {
            var request = middleware.Bind(parse);
            InputValidator.Validate(request, MiddlewareOptions.Label);
            return WriteAsync(output, ManifestFactory.Middleware(request));
        }));
        command.Subcommands.Add(middlewareCommand);
        return command;
    }

    private static async Task<int> WriteAsync(TextWriter output, System.Text.Json.Nodes.JsonObject manifest)
    {
        await output.WriteAsync(CrdYaml.Write(manifest)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
