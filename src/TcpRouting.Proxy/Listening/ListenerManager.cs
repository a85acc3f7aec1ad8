using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Routing;

namespace TcpRouting.Proxy.Listening;

/// <summary>
/// Keeps the bound sockets in line with the current table: a listener whose name and endpoint are
/// unchanged is kept (its socket and connections untouched), removed ones stop accepting, new ones
/// are bound. A port that cannot be bound is logged and retried on the next table.
/// </summary>
internal sealed class ListenerManager(Func<Socket, ListenerHost, Task> handle, TimeProvider time, ILogger logger)
{
    private ImmutableDictionary<string, ListenerHost> _hosts = ImmutableDictionary<string, ListenerHost>.Empty.WithComparers(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ListenerHost> Hosts => Volatile.Read(ref _hosts);

    /// <summary>Applies <paramref name="table"/>; returns the hosts that stopped (their connections keep going).
    /// Callers serialize calls.</summary>
    public IReadOnlyList<ListenerHost> Reconcile(CompiledTable table)
    {
        var wanted = table.Listeners.ToDictionary(l => l.Name, l => l.Listener.EndPoint, StringComparer.Ordinal);
        var removed = new List<ListenerHost>();
        var hosts = _hosts;
        foreach (var (name, host) in hosts)
        {
            if (!wanted.TryGetValue(name, out var endPoint) || !endPoint.Equals(host.Configured))
            {
                removed.Add(host);
                hosts = hosts.Remove(name);
            }
        }

        // Stop first, so a listener that moved from one name to another can bind the freed port.
        foreach (var host in removed)
        {
            _ = host.StopAsync();
        }

        foreach (var (name, endPoint) in wanted)
        {
            if (!hosts.ContainsKey(name) && ListenerHost.TryStart(name, endPoint, handle, time, logger) is { } started)
            {
                hosts = hosts.SetItem(name, started);
            }
        }

        Volatile.Write(ref _hosts, hosts);
        return removed;
    }

    public async Task StopAllAsync()
    {
        var hosts = Interlocked.Exchange(ref _hosts, _hosts.Clear());
        await Task.WhenAll(hosts.Values.Select(h => h.StopAsync())).ConfigureAwait(false);
    }

    public IReadOnlyDictionary<string, IPEndPoint> BoundEndPoints() =>
        Hosts.ToDictionary(h => h.Key, h => h.Value.BoundEndPoint, StringComparer.Ordinal);
}
