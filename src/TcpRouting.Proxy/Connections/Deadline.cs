using TcpRouting.Proxy.Timing;

namespace TcpRouting.Proxy.Connections;

/// <summary>A cancellation source that fires after a configured duration on the proxy's TimeProvider;
/// zero or negative durations (and infinite) mean no deadline. Served by the shared
/// <see cref="DeadlineWheel"/> of that TimeProvider: no timer per deadline, pooled when disposed unfired.</summary>
internal static class Deadline
{
    public static DeadlineSource After(TimeSpan duration, TimeProvider time) => DeadlineWheel.For(time).After(duration);
}
