using System.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace TcpRouting.Operator.Metrics;

/// <summary>
/// /metrics through the OpenTelemetry SDK and its Prometheus exporter, over our System.Diagnostics.Metrics
/// instruments. Names follow OpenTelemetry's Prometheus compatibility rules: dots become underscores, the unit is
/// a suffix (`By` → `_bytes`, `s` → `_seconds`; `{connection}` and other annotations add nothing) and counters
/// end in `_total` (https://opentelemetry.io/docs/specs/otel/compatibility/prometheus_and_openmetrics/).
/// </summary>
internal static class PrometheusMetrics
{
    public const string MeterPattern = "TcpRouting.*";

    public const string Path = "/metrics";

    // The Prometheus clients' default buckets: OpenTelemetry's defaults (0 to 10000) suit milliseconds, and a
    // connection's lifetime in seconds would land in the first bucket or two.
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <param name="meterPattern">The meters to listen to (a trailing `*` matches any suffix).</param>
    public static MeterProvider Create(string meterPattern = MeterPattern) => Sdk.CreateMeterProviderBuilder()
        .AddMeter(meterPattern)
        .AddView(instrument => instrument is Histogram<double> { Unit: "s" } histogram && histogram.Advice?.HistogramBucketBoundaries is null
            ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBuckets }
            : null)
        .AddPrometheusExporter(options =>
        {
            // Every scrape reads the instruments afresh (a cached answer would hide a drain's last connections),
            // and the series carry our labels only: no otel_scope_* labels, no target_info family.
            options.ScrapeResponseCacheDurationMilliseconds = 0;
            options.ScopeInfoEnabled = false;
            options.TargetInfoEnabled = false;
        })
        .Build();
}
