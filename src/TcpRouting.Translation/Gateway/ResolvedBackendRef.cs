using System.Collections.Immutable;

namespace TcpRouting.Translation.Gateway;

/// <summary>A backendRef resolved to endpoints; a ref that did not resolve keeps its weight and has no endpoints,
/// so its share of connections is refused, as the spec asks.</summary>
internal sealed record ResolvedBackendRef(string Name, SourceRef? Service, int Weight, ImmutableArray<BackendEndpoint> Endpoints)
{
    public Backend ToBackend(string routeId, int index) =>
        new($"{routeId}/backend/{index}", Name, Service, Weight, Endpoints, 0, BackendTransport.Default);
}
