namespace TcpRouting.Operator.Metrics;

/// <summary>A consistent copy of a <see cref="SeriesState"/> taken at scrape time.</summary>
internal sealed record SeriesSnapshot(double Value, double Sum, long Count, long[] Buckets)
{
    /// <summary>Adds up snapshots of the same series from several instruments (their bucket bounds are equal).</summary>
    public static SeriesSnapshot Merge(IEnumerable<SeriesSnapshot> snapshots) => snapshots.Aggregate((a, b) => new SeriesSnapshot(
        a.Value + b.Value,
        a.Sum + b.Sum,
        a.Count + b.Count,
        [.. a.Buckets.Zip(b.Buckets, (x, y) => x + y)]));
}
