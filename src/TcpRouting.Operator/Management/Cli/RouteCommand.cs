using System.CommandLine;
using System.Text.Json;
using TcpRouting.Operator.Cli;
using TcpRouting.Operator.Management.Listing;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>`tcprouting route apply|delete|list`, against a cluster or a GitOps folder.</summary>
internal static class RouteCommand
{
    public static Command Create() => new("route", "Create, replace, delete and list TCP routes in a cluster or a manifests folder")
    {
        Apply(),
        Delete(),
        List(),
    };

    private static Option<string> KindOption() => new("--kind")
    {
        Description = "The route kind",
        DefaultValueFactory = _ => ManagedKind.IngressRouteTcp.CliName,
        HelpName = string.Join('|', ManagedKind.Routes.Select(k => k.CliName)),
    };

    private static Command Apply()
    {
        var kind = KindOption();
        var route = new RouteOptions();
        var store = new StoreOptions();
        var command = new Command("apply", "Create the route, or replace its whole spec when it exists") { kind };
        route.AddTo(command);
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async output =>
        {
            var request = route.Bind(parse, ManagedKind.ParseRoute(parse.GetRequiredValue(kind)));
            var manager = new RouteManager(store.Open(parse));
            await output.WriteLineAsync(await manager.ApplyRouteAsync(request, RouteOptions.Label, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Delete()
    {
        var kind = KindOption();
        var route = new RouteOptions();
        var store = new StoreOptions();
        var command = new Command("delete", "Delete the route") { kind, route.Name, route.Namespace };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async output =>
        {
            var manager = new RouteManager(store.Open(parse));
            var message = await manager.DeleteRouteAsync(ManagedKind.ParseRoute(parse.GetRequiredValue(kind)), parse.GetRequiredValue(route.Namespace), parse.GetRequiredValue(route.Name), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(message).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List()
    {
        var store = new StoreOptions();
        var format = new Option<string>("--output", "-o") { Description = "Output format", HelpName = "table|json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var config = CommonOptions.Config();
        var command = new Command("list", "Every TCP route with its targets, middlewares and status; entry points are checked against --config, else assumed") { format, config };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async output =>
        {
            var listing = await new RouteManager(store.Open(parse), McpCommand.OptionalConfig(parse, config)).ListAsync(cancellationToken).ConfigureAwait(false);
            var text = parse.GetValue(format) == "json" ? JsonSerializer.Serialize(listing, ListingJson.Options) : ListingText.Write(listing);
            await output.WriteLineAsync(text.TrimEnd('\n')).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
