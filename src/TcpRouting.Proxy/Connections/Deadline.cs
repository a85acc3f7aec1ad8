namespace TcpRouting.Proxy.Connections;

/// <summary>A cancellation source that fires after a configured duration on the proxy's TimeProvider;
/// zero or negative durations (and infinite) mean no deadline.</summary>
internal static class Deadline
{
    public static CancellationTokenSource After(TimeSpan duration, TimeProvider time) =>
        duration > TimeSpan.Zero && duration != Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource(duration, time)
            : new CancellationTokenSource();
}
