using System.CommandLine;
using TcpRouting.Operator.Cli;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>`tcprouting middleware apply|delete`, against a cluster or a GitOps folder.</summary>
internal static class MiddlewareCommand
{
    public static Command Create()
    {
        var options = new MiddlewareOptions();
        var applyStore = new StoreOptions();
        var apply = new Command("apply", "Create the MiddlewareTCP, or replace its whole spec when it exists");
        options.AddTo(apply);
        applyStore.AddTo(apply);
        apply.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async output =>
        {
            var request = options.Bind(parse);
            var manager = new RouteManager(applyStore.Open(parse));
            await output.WriteLineAsync(await manager.ApplyMiddlewareAsync(request, MiddlewareOptions.Label, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));

        var names = new MiddlewareOptions();
        var deleteStore = new StoreOptions();
        var delete = new Command("delete", "Delete the MiddlewareTCP (refused while a route uses it)") { names.Name, names.Namespace };
        deleteStore.AddTo(delete);
        delete.SetAction((parse, cancellationToken) => ManagementGuard.RunAsync(parse, async output =>
        {
            var manager = new RouteManager(deleteStore.Open(parse));
            await output.WriteLineAsync(await manager.DeleteMiddlewareAsync(parse.GetRequiredValue(names.Namespace), parse.GetRequiredValue(names.Name), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));

        return new Command("middleware", "Create, replace and delete MiddlewareTCPs in a cluster or a manifests folder") { apply, delete };
    }
}
