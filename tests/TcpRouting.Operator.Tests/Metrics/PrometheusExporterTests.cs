using System.Diagnostics.Metrics;
using FluentAssertions;
using TcpRouting.Operator.Metrics;

namespace TcpRouting.Operator.Tests.Metrics;

/// <summary>The text exposition format 0.0.4 against a private meter (its own prefix keeps other meters out).</summary>
public sealed class PrometheusExporterTests : IDisposable
{
    private readonly string _prefix = $"TcpRouting.ExporterTest{Guid.NewGuid():N}";
    private readonly Meter _meter;
    private readonly PrometheusExporter _exporter;

    public PrometheusExporterTests()
    {
        _meter = new Meter(_prefix);
        _exporter = new PrometheusExporter(_prefix);
    }

    public void Dispose()
    {
        _exporter.Dispose();
        _meter.Dispose();
    }

    [Fact]
    public void A_counter_is_a_total_per_label_set_with_help_and_type()
    {
        var counter = _meter.CreateCounter<long>("tcprouting.connections", description: "Connections accepted.");
        counter.Add(2, new KeyValuePair<string, object?>("route", "b"));
        counter.Add(3, new KeyValuePair<string, object?>("route", "a"));
        counter.Add(4, new KeyValuePair<string, object?>("route", "a"));

        _exporter.Scrape().Should().Be(
            "# HELP tcprouting_connections_total Connections accepted.\n" +
            "# TYPE tcprouting_connections_total counter\n" +
            "tcprouting_connections_total{route=\"a\"} 7\n" +
            "tcprouting_connections_total{route=\"b\"} 2\n");
    }

    [Fact]
    public void The_same_tags_in_another_order_add_to_one_series()
    {
        var counter = _meter.CreateCounter<long>("tcprouting.bytes");
        for (var i = 0; i < 3; i++)
        {
            counter.Add(10, new("route", "r"), new("backend", "b"));
            counter.Add(1, new("backend", "b"), new("route", "r"));
        }

        _exporter.Scrape().Should().Be(
            "# HELP tcprouting_bytes_total tcprouting.bytes\n" +
            "# TYPE tcprouting_bytes_total counter\n" +
            "tcprouting_bytes_total{backend=\"b\",route=\"r\"} 33\n");
    }

    [Fact]
    public void Tags_that_only_concatenate_alike_stay_apart_and_numbers_are_values()
    {
        var counter = _meter.CreateCounter<long>("tcprouting.rejections");
        counter.Add(1, new("a", "xy"), new("b", ""));
        counter.Add(2, new("a", "x"), new("b", "y"));
        counter.Add(4, new("a", "x"), new("b", 7));
        counter.Add(8, new("a", "x"), new("b", 7));

        _exporter.Scrape().Should().Be(
            "# HELP tcprouting_rejections_total tcprouting.rejections\n" +
            "# TYPE tcprouting_rejections_total counter\n" +
            "tcprouting_rejections_total{a=\"x\",b=\"7\"} 12\n" +
            "tcprouting_rejections_total{a=\"x\",b=\"y\"} 2\n" +
            "tcprouting_rejections_total{a=\"xy\",b=\"\"} 1\n");
    }

    [Fact]
    public void An_up_down_counter_is_a_gauge_and_tags_are_sorted_labels()
    {
        var open = _meter.CreateUpDownCounter<int>("tcprouting.connections.open");
        open.Add(1, new("listener", "web"), new("entry.point", "x"));
        open.Add(1, new("listener", "web"), new("entry.point", "x"));
        open.Add(-1, new("listener", "web"), new("entry.point", "x"));

        _exporter.Scrape().Should().Be(
            "# HELP tcprouting_connections_open tcprouting.connections.open\n" +
            "# TYPE tcprouting_connections_open gauge\n" +
            "tcprouting_connections_open{entry_point=\"x\",listener=\"web\"} 1\n");
    }

    [Fact]
    public void A_histogram_has_cumulative_buckets_ending_at_inf_then_sum_and_count()
    {
        var histogram = _meter.CreateHistogram<double>("tcprouting.duration", "s", "Connection lifetime.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
        histogram.Record(0.05);
        histogram.Record(0.5);
        histogram.Record(0.5);
        histogram.Record(3);

        _exporter.Scrape().Should().Be(
            "# HELP tcprouting_duration Connection lifetime.\n" +
            "# TYPE tcprouting_duration histogram\n" +
            "tcprouting_duration_bucket{le=\"0.1\"} 1\n" +
            "tcprouting_duration_bucket{le=\"1\"} 3\n" +
            "tcprouting_duration_bucket{le=\"+Inf\"} 4\n" +
            "tcprouting_duration_sum 4.05\n" +
            "tcprouting_duration_count 4\n");
    }

    [Fact]
    public void Histograms_in_seconds_without_advice_use_the_prometheus_default_buckets()
    {
        _meter.CreateHistogram<double>("d", "s").Record(0.3);

        var buckets = _exporter.Scrape().Split('\n').Where(l => l.StartsWith("d_bucket", StringComparison.Ordinal)).ToList();

        buckets.Should().HaveCount(12).And.Contain("d_bucket{le=\"0.25\"} 0").And.Contain("d_bucket{le=\"0.5\"} 1").And.EndWith("d_bucket{le=\"+Inf\"} 1");
    }

    [Fact]
    public void Label_values_escape_backslash_quote_and_newline_and_help_escapes_too()
    {
        var counter = _meter.CreateCounter<int>("c", description: "line one\nline \\two");
        counter.Add(1, new KeyValuePair<string, object?>("v", "a\\b\"c\nd"));

        _exporter.Scrape().Should().Be(
            "# HELP c_total line one\\nline \\\\two\n" +
            "# TYPE c_total counter\n" +
            "c_total{v=\"a\\\\b\\\"c\\nd\"} 1\n");
    }

    [Fact]
    public void Observable_gauges_are_read_at_each_scrape_and_families_are_ordered_by_name()
    {
        var value = 5;
        _meter.CreateObservableGauge("z.gauge", () => value);
        _meter.CreateCounter<long>("a.count").Add(1);

        var first = _exporter.Scrape();
        value = 9;
        var second = _exporter.Scrape();

        first.Should().Contain("z_gauge 5\n");
        second.Should().Contain("z_gauge 9\n");
        second.IndexOf("a_count_total", StringComparison.Ordinal).Should().BeLessThan(second.IndexOf("z_gauge", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_with_characters_prometheus_forbids_become_underscores() =>
        PrometheusNames.Metric("9tcp-routing.bytes/sent").Should().Be("_9tcp_routing_bytes_sent");

    [Fact]
    public void Meters_outside_the_prefix_are_ignored()
    {
        using var other = new Meter("Other.Meter" + Guid.NewGuid().ToString("N"));
        other.CreateCounter<int>("other").Add(1);

        _exporter.Scrape().Should().BeEmpty();
    }

    [Fact]
    public void The_same_instrument_on_two_meters_of_one_name_adds_up_to_one_series()
    {
        using var second = new Meter(_prefix);
        _meter.CreateCounter<long>("bytes").Add(5, new KeyValuePair<string, object?>("route", "r"));
        second.CreateCounter<long>("bytes").Add(6, new KeyValuePair<string, object?>("route", "r"));

        _exporter.Scrape().Should().EndWith("\nbytes_total{route=\"r\"} 11\n");
    }
}
