using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace TcpRouting.Operator.Metrics;

/// <summary>Every series of one instrument, and how its measurements aggregate.</summary>
internal sealed class InstrumentState
{
    // Prometheus client defaults for seconds, OpenTelemetry's defaults for anything else, when the instrument
    // gives no bucket advice.
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly double[] DefaultBuckets = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    private readonly ConcurrentDictionary<LabelSet, SeriesState> _series = new();

    // The same series again by its raw tags (RawTagKey), looked up with a span so a measurement allocates nothing.
    private readonly ConcurrentDictionary<string, SeriesState> _seriesByRawTags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SeriesState>.AlternateLookup<ReadOnlySpan<char>> _rawTagLookup;

    public InstrumentState(Instrument instrument)
    {
        Instrument = instrument;
        Kind = instrument switch
        {
            _ when IsGeneric(instrument, typeof(Histogram<>)) => MetricKind.Histogram,
            _ when IsGeneric(instrument, typeof(Counter<>)) || IsGeneric(instrument, typeof(ObservableCounter<>)) => MetricKind.Counter,
            _ => MetricKind.Gauge,
        };
        // Synchronous counters add up; a gauge and every observable instrument report the current value.
        Replaces = instrument.IsObservable || IsGeneric(instrument, typeof(Gauge<>));
        _rawTagLookup = _seriesByRawTags.GetAlternateLookup<ReadOnlySpan<char>>();
        Bounds = Kind == MetricKind.Histogram ? BucketAdvice(instrument) ?? (instrument.Unit == "s" ? SecondsBuckets : DefaultBuckets) : [];
    }

    public Instrument Instrument { get; }

    public MetricKind Kind { get; }

    /// <summary>Histogram upper bounds, ascending, without +Inf.</summary>
    public IReadOnlyList<double> Bounds { get; }

    private bool Replaces { get; }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = Find(tags);
        if (Kind == MetricKind.Histogram)
        {
            series.Observe(value, BucketOf(value));
        }
        else if (Replaces)
        {
            series.Set(value);
        }
        else
        {
            series.Add(value);
        }
    }

    /// <summary>
    /// The series for these tags. Measurements arrive on the proxy's hot path (with inline socket completions, on
    /// the epoll thread), a few per connection with tag values seen before: they are found by their raw tags
    /// without allocating; the sorted, escaped label set is built only when a series is new.
    /// </summary>
    private SeriesState Find(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Span<char> buffer = stackalloc char[512];
        var hasRawKey = RawTagKey.TryWrite(tags, buffer, out var length);
        if (hasRawKey && _rawTagLookup.TryGetValue(buffer[..length], out var known))
        {
            return known;
        }

        var series = _series.GetOrAdd(LabelSet.From(tags), _ => new SeriesState(Bounds.Count + 1));
        if (hasRawKey && !Instrument.IsObservable)
        {
            _seriesByRawTags.TryAdd(new string(buffer[..length]), series);
        }

        return series;
    }

    /// <summary>Observable instruments are read afresh at each scrape, so series they stop reporting disappear.</summary>
    public void ClearIfObservable()
    {
        if (Instrument.IsObservable)
        {
            _series.Clear();
        }
    }

    public IEnumerable<(LabelSet Labels, SeriesSnapshot Snapshot)> Series() => _series.Select(s => (s.Key, s.Value.Snapshot()));

    private int BucketOf(double value)
    {
        for (var i = 0; i < Bounds.Count; i++)
        {
            if (value <= Bounds[i])
            {
                return i;
            }
        }

        return Bounds.Count;
    }

    private static bool IsGeneric(Instrument instrument, Type definition) =>
        instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == definition;

    private static double[]? BucketAdvice(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries?.ToArray(),
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        _ => null,
    };
}
