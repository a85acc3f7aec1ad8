using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Routing;

namespace TcpRouting.Proxy.Listening;

/// <summary>
/// Keeps the bound sockets in line with the current table: a listener whose name and endpoint are
/// unchanged is kept (its socket and connections untouched), removed ones stop accepting, new ones
/// are bound. A port that cannot be bound is remembered with its reason (for readiness and status)
/// and retried on each reconcile, which the proxy also runs on a timer.
/// </summary>
internal sealed class ListenerManager(Func<Socket, ListenerHost, Task> handle, TimeProvider time, ILogger logger)
{
    private ImmutableDictionary<string, ListenerHost> _hosts = ImmutableDictionary<string, ListenerHost>.Empty.WithComparers(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> _unbound = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ListenerHost> Hosts => Volatile.Read(ref _hosts);

    /// <summary>Listeners of the table that are not bound, with why ("cannot bind 0.0.0.0:5432: Address already in use").</summary>
    public IReadOnlyDictionary<string, string> Unbound => Volatile.Read(ref _unbound);

    /// <summary>Applies <paramref name="table"/>; returns the hosts that stopped (their connections keep going) and whether
    /// the set of unbound listeners changed. Callers serialize calls.</summary>
    public (IReadOnlyList<ListenerHost> Removed, bool UnboundChanged) Reconcile(CompiledTable table)
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

        var unbound = _unbound.Clear();
        foreach (var (name, endPoint) in wanted)
        {
            if (hosts.ContainsKey(name))
            {
                continue;
            }

            if (ListenerHost.TryStart(name, endPoint, handle, time, logger, out var error) is { } started)
            {
                hosts = hosts.SetItem(name, started);
                if (_unbound.ContainsKey(name))
                {
                    ProxyLog.BoundAfterRetry(logger, name, endPoint);
                }

                continue;
            }

            var reason = $"cannot bind {endPoint}: {error}";
            if (!_unbound.TryGetValue(name, out var before) || before != reason)
            {
                ProxyLog.BindFailed(logger, name, endPoint, error ?? "unknown error"); // once per new reason, not per retry
            }

            unbound = unbound.SetItem(name, reason);
        }

        var changed = !unbound.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(_unbound.OrderBy(p => p.Key, StringComparer.Ordinal));
        Volatile.Write(ref _hosts, hosts);
        Volatile.Write(ref _unbound, unbound);
        return (removed, changed);
    }

    public async Task StopAllAsync()
    {
        var hosts = Interlocked.Exchange(ref _hosts, _hosts.Clear());
        Volatile.Write(ref _unbound, _unbound.Clear());
        await Task.WhenAll(hosts.Values.Select(h => h.StopAsync())).ConfigureAwait(false);
    }

    public IReadOnlyDictionary<string, IPEndPoint> BoundEndPoints() =>
        Hosts.ToDictionary(h => h.Key, h => h.Value.BoundEndPoint, StringComparer.Ordinal);
}
