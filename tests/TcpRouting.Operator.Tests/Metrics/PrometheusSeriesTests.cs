using System.Globalization;
using FluentAssertions;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Operator.Tests.Metrics;

/// <summary>
/// /metrics of `run` after one proxied connection: the OpenTelemetry Prometheus exporter over the proxy's
/// instruments, with the names the README lists (units in the name, `_total` on counters).
/// </summary>
public sealed class PrometheusSeriesTests : IAsyncLifetime
{
    // The entry point Manifests.Config names; other tests' proxies in this process use it too, so counts are lower bounds.
    private const string EntryPoint = "entrypoint=\"tcp\"";

    private readonly TempDirectory _folder = new("op-metrics");
    private readonly TcpEchoServer _backend = new();
    private readonly int _proxyPort = FreeTcpPort.Next();

    private CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(_folder.Combine("services.yaml"), Manifests.Service("first", _backend.Port), Token);
        await File.WriteAllTextAsync(_folder.Combine("route.yaml"), Manifests.Route("echo", "first"), Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _backend.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_connection_shows_in_series_named_by_the_prometheus_conventions()
    {
        await using var op = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort));
        (await EchoClient.RoundTripAsync(_proxyPort, "hello")).Should().Be("hello");

        string[] lines = [];
        await Poll.UntilAsync(
            async () =>
            {
                lines = (await op.Admin.GetStringAsync("/metrics", Token)).Split('\n');
                return Sample(lines, "tcprouting_connection_duration_seconds_count", EntryPoint) >= 1;
            },
            "the closed connection's duration in /metrics");

        lines.Should().Contain("# TYPE tcprouting_connections_total counter")
            .And.Contain("# TYPE tcprouting_connections_open gauge")
            .And.Contain("# TYPE tcprouting_bytes_total counter")
            .And.Contain("# TYPE tcprouting_connection_duration_seconds histogram");
        Sample(lines, "tcprouting_connections_total", EntryPoint).Should().BeGreaterThanOrEqualTo(1);
        Sample(lines, "tcprouting_bytes_total", EntryPoint, "direction=\"client_to_backend\"").Should().BeGreaterThanOrEqualTo(5);
        // Seconds get second-sized buckets, not OpenTelemetry's default 0..10000.
        lines.Should().Contain(l => l.StartsWith("tcprouting_connection_duration_seconds_bucket{", StringComparison.Ordinal) && l.Contains("le=\"0.005\"", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith("tcprouting_connection_duration_bucket", StringComparison.Ordinal) || l.Contains("otel_scope_name", StringComparison.Ordinal));
    }

    private static double Sample(string[] lines, string name, params string[] labels) => lines
        .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(f => l.Contains(f, StringComparison.Ordinal)))
        // `name{labels} value [timestamp]`: the exporter may add a timestamp after the value.
        .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
