using TcpRouting.Operator.Management.Listing;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Operator.Management.Stores;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Management;

/// <summary>
/// The one workflow behind `route`, `middleware` and the MCP tools: validate, build the whole object, write it
/// (create or full replace) to the store, and refuse deletes that would leave a route pointing at nothing.
/// </summary>
/// <param name="config">The static config (`--config`) whose entry points listings check; null assumes those routes name.</param>
internal sealed class RouteManager(IRouteStore store, StaticConfig? config = null)
{
    public IRouteStore Store => store;

    public async Task<string> ApplyRouteAsync(RouteRequest request, Func<string, string> label, CancellationToken cancellationToken)
    {
        InputValidator.Validate(request, label);
        var outcome = await store.ApplyAsync(request.Kind, ManifestFactory.Route(request), cancellationToken).ConfigureAwait(false);
        return $"{request.Kind.Kind} {request.Namespace}/{request.Name} {Verb(outcome)} in {store.Description}";
    }

    public async Task<string> ApplyMiddlewareAsync(MiddlewareRequest request, Func<string, string> label, CancellationToken cancellationToken)
    {
        InputValidator.Validate(request, label);
        var outcome = await store.ApplyAsync(ManagedKind.MiddlewareTcp, ManifestFactory.Middleware(request), cancellationToken).ConfigureAwait(false);
        return $"MiddlewareTCP {request.Namespace}/{request.Name} {Verb(outcome)} in {store.Description}";
    }

    public async Task<string> DeleteRouteAsync(ManagedKind kind, string @namespace, string name, CancellationToken cancellationToken) =>
        await store.DeleteAsync(kind, @namespace, name, cancellationToken).ConfigureAwait(false)
            ? $"{kind.Kind} {@namespace}/{name} deleted from {store.Description}"
            : throw new ManagementException($"{kind.Kind} {@namespace}/{name} not found in {store.Description}");

    /// <summary>Traefik drops a route whose middleware is missing, so a middleware still attached is not deleted.</summary>
    public async Task<string> DeleteMiddlewareAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        var listing = await ListAsync(cancellationToken).ConfigureAwait(false);
        var attached = listing.Routes
            .Where(r => r.Rules.Any(rule => rule.Middlewares.Any(m => m.Namespace == @namespace && m.Name == name)))
            .Select(r => $"{r.Namespace}/{r.Name}")
            .ToList();
        if (attached.Count > 0)
        {
            throw new ManagementException(
                $"MiddlewareTCP {@namespace}/{name} is still attached to {(attached.Count == 1 ? "route" : "routes")} {string.Join(", ", attached)}: detach it from them first");
        }

        return await store.DeleteAsync(ManagedKind.MiddlewareTcp, @namespace, name, cancellationToken).ConfigureAwait(false)
            ? $"MiddlewareTCP {@namespace}/{name} deleted from {store.Description}"
            : throw new ManagementException($"MiddlewareTCP {@namespace}/{name} not found in {store.Description}");
    }

    public async Task<RouteListing> ListAsync(CancellationToken cancellationToken) =>
        RouteLister.List(await store.SnapshotAsync(cancellationToken).ConfigureAwait(false), store.Settings, config);

    private static string Verb(ApplyOutcome outcome) => outcome == ApplyOutcome.Created ? "created" : "replaced";
}
