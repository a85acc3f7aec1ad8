using System.Text;

namespace TcpRouting.Operator.Metrics;

/// <summary>
/// Renders instruments in the Prometheus text exposition format 0.0.4: one family per name with HELP and TYPE,
/// families sorted by name, series by labels. Counters get `_total`; histograms get cumulative `_bucket{le=...}`
/// lines ending at +Inf, then `_sum` and `_count`.
/// </summary>
internal static class PrometheusTextWriter
{
    public static string Write(IEnumerable<InstrumentState> instruments)
    {
        var text = new StringBuilder();
        var families = instruments
            .GroupBy(FamilyName, StringComparer.Ordinal)
            .OrderBy(f => f.Key, StringComparer.Ordinal);
        foreach (var family in families)
        {
            var first = family.OrderBy(i => i.Instrument.Meter.Name, StringComparer.Ordinal).First();
            var help = string.IsNullOrEmpty(first.Instrument.Description) ? first.Instrument.Name : first.Instrument.Description;
            text.Append("# HELP ").Append(family.Key).Append(' ').Append(PrometheusNames.EscapeHelp(help)).Append('\n');
            text.Append("# TYPE ").Append(family.Key).Append(' ').Append(TypeName(first.Kind)).Append('\n');
            // Instruments of the same name from several meters (two proxies in one process) add up, so no
            // series is written twice.
            var same = family.Where(i => i.Kind == first.Kind && i.Bounds.SequenceEqual(first.Bounds));
            var series = same
                .SelectMany(i => i.Series())
                .GroupBy(s => s.Labels, (labels, all) => (Labels: labels, Snapshot: SeriesSnapshot.Merge(all.Select(s => s.Snapshot))))
                .OrderBy(s => s.Labels.Rendered, StringComparer.Ordinal);
            WriteSeries(text, family.Key, first, series);
        }

        return text.ToString();
    }

    private static void WriteSeries(StringBuilder text, string name, InstrumentState instrument, IEnumerable<(LabelSet Labels, SeriesSnapshot Snapshot)> series)
    {
        foreach (var (labels, snapshot) in series)
        {
            if (instrument.Kind != MetricKind.Histogram)
            {
                Sample(text, name, labels.Rendered, snapshot.Value);
                continue;
            }

            long cumulative = 0;
            for (var i = 0; i < snapshot.Buckets.Length; i++)
            {
                cumulative += snapshot.Buckets[i];
                var le = i < instrument.Bounds.Count ? PrometheusNames.Number(instrument.Bounds[i]) : "+Inf";
                Sample(text, name + "_bucket", labels.With("le", le), cumulative);
            }

            Sample(text, name + "_sum", labels.Rendered, snapshot.Sum);
            Sample(text, name + "_count", labels.Rendered, snapshot.Count);
        }
    }

    private static void Sample(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(PrometheusNames.Number(value)).Append('\n');
    }

    private static string FamilyName(InstrumentState state)
    {
        var name = PrometheusNames.Metric(state.Instrument.Name);
        return state.Kind == MetricKind.Counter && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
    }

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",
        _ => "gauge",
    };
}
