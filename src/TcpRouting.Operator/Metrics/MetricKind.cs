namespace TcpRouting.Operator.Metrics;

/// <summary>How an instrument is exposed in the Prometheus text format.</summary>
internal enum MetricKind
{
    /// <summary>Counter and ObservableCounter: `name_total`.</summary>
    Counter,

    /// <summary>UpDownCounter, ObservableUpDownCounter, Gauge and ObservableGauge.</summary>
    Gauge,

    /// <summary>Histogram: `name_bucket{le=...}`, `name_sum`, `name_count`.</summary>
    Histogram,
}
