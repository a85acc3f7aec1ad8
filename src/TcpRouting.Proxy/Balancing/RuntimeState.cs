using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TcpRouting.Proxy.Health;
using TcpRouting.Proxy.Middlewares;

namespace TcpRouting.Proxy.Balancing;

/// <summary>
/// Mutable state that must outlive a table swap, kept apart from the immutable config and keyed by
/// the config's stable ids (as YARP separates config from runtime state).
/// </summary>
internal sealed class RuntimeState(TimeProvider time, HealthMonitor? checks = null)
{
    private readonly ConcurrentDictionary<string, SmoothWeightedSchedule> _schedules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<int>> _cursors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InFlightCounter> _inFlight = new(StringComparer.Ordinal);

    public EndpointHealth Health { get; } = new(time);

    /// <summary>Active health checks; null when the server runs none (unit tests of other parts).</summary>
    public HealthMonitor? Checks { get; } = checks;

    /// <summary>Whether the weighted pick may choose a backend: some endpoint not passively marked down, and (when it
    /// is actively checked) some endpoint its check admits.</summary>
    public bool IsUsable(Backend backend) => Health.HasUsableEndpoint(backend) && (Checks is null || Checks.Admit(backend) is not null);

    /// <summary>The endpoints of <paramref name="backend"/> that may take a new connection (see <see cref="HealthMonitor.Admit"/>).</summary>
    public Backend? Admit(Backend backend) => Checks is null ? backend : Checks.Admit(backend);

    public SmoothWeightedSchedule Schedule(string routeId) => _schedules.GetOrAdd(routeId, static _ => new());

    /// <summary>Round robin over a backend's endpoints: the next starting index.</summary>
    public int NextEndpoint(string backendId, int count)
    {
        var cursor = _cursors.GetOrAdd(backendId, static _ => new StrongBox<int>());
        return (int)((uint)Interlocked.Increment(ref cursor.Value) % (uint)count);
    }

    public InFlightCounter InFlight(string middlewareId) => _inFlight.GetOrAdd(middlewareId, static _ => new());
}
