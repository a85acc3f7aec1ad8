using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace TcpRouting.Proxy.Diagnostics;

/// <summary>
/// Running totals behind the observable instruments: a connection adds to them with a few interlocked
/// adds and no measurement; a metrics reader collects them when it scrapes (each series once per scrape
/// instead of once per connection and event). Series are per entry point, and per route and backend for
/// bytes: bounded by the route table, as the labels of a counter are anyway.
/// </summary>
internal sealed class ConnectionTotals
{
    private readonly ConcurrentDictionary<string, EntryPointCounts> _entryPoints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string EntryPoint, string Route, string Backend), RouteBytes> _bytes = new();

    public EntryPointCounts For(string entryPoint) =>
        _entryPoints.TryGetValue(entryPoint, out var counts) ? counts : _entryPoints.GetOrAdd(entryPoint, static _ => new EntryPointCounts());

    public void AddBytes(string entryPoint, string route, string backend, long clientToBackend, long backendToClient)
    {
        if (clientToBackend <= 0 && backendToClient <= 0)
        {
            return;
        }

        var key = (entryPoint, route, backend);
        var bytes = _bytes.TryGetValue(key, out var found) ? found : _bytes.GetOrAdd(key, static _ => new RouteBytes());
        bytes.Add(clientToBackend, backendToClient);
    }

    public IEnumerable<Measurement<long>> ObserveOpen() =>
        _entryPoints.Select(e => new Measurement<long>(e.Value.Open, new KeyValuePair<string, object?>("entrypoint", e.Key)));

    public IEnumerable<Measurement<long>> ObserveAccepted() =>
        _entryPoints.Select(e => new Measurement<long>(e.Value.Accepted, new KeyValuePair<string, object?>("entrypoint", e.Key)));

    public IEnumerable<Measurement<long>> ObserveBytes()
    {
        foreach (var ((entryPoint, route, backend), bytes) in _bytes)
        {
            if (bytes.ClientToBackend > 0)
            {
                yield return new Measurement<long>(bytes.ClientToBackend, Tags(entryPoint, route, backend, "client_to_backend"));
            }

            if (bytes.BackendToClient > 0)
            {
                yield return new Measurement<long>(bytes.BackendToClient, Tags(entryPoint, route, backend, "backend_to_client"));
            }
        }
    }

    private static KeyValuePair<string, object?>[] Tags(string entryPoint, string route, string backend, string direction) =>
    [
        new("entrypoint", entryPoint),
        new("route", route),
        new("backend", backend),
        new("direction", direction),
    ];
}
