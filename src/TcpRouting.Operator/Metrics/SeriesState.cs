namespace TcpRouting.Operator.Metrics;

/// <summary>
/// The aggregate of one instrument for one label set: a running value (counter sum, gauge value) or a
/// histogram (non-cumulative bucket counts, sum, count). Guarded by a lock: scrapes are rare, measurements short.
/// </summary>
internal sealed class SeriesState(int bucketCount)
{
    private readonly Lock _lock = new();
    private readonly long[] _buckets = new long[bucketCount];
    private double _value;
    private double _sum;
    private long _count;

    public void Add(double value)
    {
        lock (_lock)
        {
            _value += value;
        }
    }

    public void Set(double value)
    {
        lock (_lock)
        {
            _value = value;
        }
    }

    /// <param name="bucket">The index of the first bound the value is at or below; the last index is +Inf.</param>
    public void Observe(double value, int bucket)
    {
        lock (_lock)
        {
            _buckets[bucket]++;
            _sum += value;
            _count++;
        }
    }

    public SeriesSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new SeriesSnapshot(_value, _sum, _count, [.. _buckets]);
        }
    }
}
