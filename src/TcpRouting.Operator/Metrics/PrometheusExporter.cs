using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace TcpRouting.Operator.Metrics;

/// <summary>
/// Our own small Prometheus exporter (prometheus-net is not available): a <see cref="MeterListener"/> on every
/// meter whose name starts with the prefix, aggregating in process and rendering the text format on scrape.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    public const string DefaultMeterPrefix = "TcpRouting";

    /// <summary>The content type of the text exposition format 0.0.4.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentState> _instruments = new();
    private readonly Lock _scrape = new();

    public PrometheusExporter(string meterPrefix = DefaultMeterPrefix)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith(meterPrefix, StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, i => new InstrumentState(i)));
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentState? _);
        _listener.SetMeasurementEventCallback<byte>((i, v, tags, state) => Record(state, v, tags));
        _listener.SetMeasurementEventCallback<short>((i, v, tags, state) => Record(state, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, state) => Record(state, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, state) => Record(state, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, state) => Record(state, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, state) => Record(state, v, tags));
        _listener.SetMeasurementEventCallback<decimal>((i, v, tags, state) => Record(state, (double)v, tags));
        _listener.Start();
    }

    /// <summary>Reads the observable instruments and renders every series, in a deterministic order.</summary>
    public string Scrape()
    {
        lock (_scrape)
        {
            foreach (var state in _instruments.Values)
            {
                state.ClearIfObservable();
            }

            _listener.RecordObservableInstruments();
            return PrometheusTextWriter.Write(_instruments.Values);
        }
    }

    public void Dispose() => _listener.Dispose();

    private static void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        ((InstrumentState)state!).Record(value, tags);
}
