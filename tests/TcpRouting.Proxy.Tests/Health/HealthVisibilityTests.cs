using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Health;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Health;

/// <summary>Each transition is logged once, and every endpoint has an up/down gauge and a check duration.</summary>
public sealed class HealthVisibilityTests
{
    [Fact]
    public async Task Transitions_are_logged_and_measured_per_endpoint()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var logs = new CapturingLoggerFactory();
        await using var api = new HttpStatusServer(200);
        var check = Checks.Http();
        var endpoint = new BackendEndpoint("127.0.0.1", api.Port);
        var durations = new ConcurrentQueue<(double Seconds, string Result)>();
        var gauge = new ConcurrentQueue<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ProxyMetrics.MeterName && instrument.Name.StartsWith("tcprouting.health.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };

        // Other tests' proxies publish on a meter of the same name: only this endpoint's measurements count.
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            if (Tag(tags, "endpoint") == endpoint.ToString())
            {
                durations.Enqueue((value, Tag(tags, "result")));
            }
        });
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            if (Tag(tags, "endpoint") == endpoint.ToString())
            {
                gauge.Enqueue(value);
            }
        });
        listener.Start();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Checks.Checked("b", check, api.EndPoint)))), time, logs: logs);

        await HealthDrive.UntilAsync(time, () => proxy.Server.Checks.StatusOf(endpoint, check) == EndpointStatus.Up, "up");
        api.Status = 503;
        await HealthDrive.UntilAsync(time, () => proxy.Server.Checks.StatusOf(endpoint, check) == EndpointStatus.Down, "down");
        listener.RecordObservableInstruments();

        gauge.Should().Equal(0);
        durations.Should().Contain(d => d.Result == "pass").And.Contain(d => d.Result == "fail").And.OnlyContain(d => d.Seconds >= 0);
        var said = logs.Lines.Where(l => l.Category == "TcpRouting.Health" && !l.Message.StartsWith("Health check of", StringComparison.Ordinal)).Select(l => l.Message).ToList();
        said.Should().HaveCount(2);
        said[0].Should().Contain(endpoint.ToString()).And.Contain("passes its http health check");
        said[1].Should().Contain(endpoint.ToString()).And.Contain("fails its http health check").And.Contain("answered 503, expected 200");
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString() ?? string.Empty;
            }
        }

        return string.Empty;
    }
}
