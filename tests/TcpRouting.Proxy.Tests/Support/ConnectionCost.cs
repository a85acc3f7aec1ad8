namespace TcpRouting.Proxy.Tests.Support;

/// <summary>
/// What whole connections cost on average, run one after another through a <see cref="LoopbackRig"/>: allocated
/// bytes (process-wide), timers created and metric measurements seen. Counts, not times, so they hold on a busy
/// machine. The census (tests/TcpRouting.Proxy.Benchmarks) prints them; ConnectionAllocationTests guards the bytes.
/// </summary>
internal static class ConnectionCost
{
    public static ConnectionSample Measure(Action connection, int warmup, int count, CountingTimeProvider? time = null, Func<long>? measurements = null)
    {
        for (var i = 0; i < warmup; i++)
        {
            connection();
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var timers = time?.TimersCreated ?? 0;
        var measured = measurements?.Invoke() ?? 0;
        var collections = GC.CollectionCount(0);
        for (var i = 0; i < count; i++)
        {
            connection();
        }

        return new ConnectionSample(
            (double)(GC.GetTotalAllocatedBytes(precise: true) - bytes) / count,
            (double)((time?.TimersCreated ?? 0) - timers) / count,
            (double)((measurements?.Invoke() ?? 0) - measured) / count,
            GC.CollectionCount(0) - collections);
    }
}

/// <summary>Per connection: allocated bytes, timers, metric measurements; and gen0 collections over the whole run.</summary>
internal readonly record struct ConnectionSample(double Bytes, double Timers, double Measurements, int Gen0);
