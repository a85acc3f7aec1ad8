namespace TcpRouting.Translation.Gateway;

/// <summary>
/// What earlier (older) routes already took, per port: SNI host names, and route ids (a route attached to two
/// listeners on one port gets a suffixed id the second time). Routes come oldest first, so on a conflict the
/// oldest keeps the name (Gateway API conflict resolution: creationTimestamp, then namespace/name).
/// </summary>
internal sealed class RouteClaims
{
    private readonly Dictionary<(int Port, string Host), SourceRef> _hosts = [];
    private readonly HashSet<(int Port, string Id)> _ids = [];

    /// <summary>The owner of <paramref name="host"/> on the port when another route has it; else claims it for <paramref name="route"/>.</summary>
    public SourceRef? Claim(int port, string host, SourceRef route)
    {
        if (_hosts.TryGetValue((port, host), out var owner) && owner != route)
        {
            return owner;
        }

        _hosts[(port, host)] = route;
        return null;
    }

    public string UniqueId(int port, string id, string listenerName) =>
        _ids.Add((port, id)) ? id : $"{id}/listener/{listenerName}";
}
