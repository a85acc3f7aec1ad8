using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FluentAssertions;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Diagnostics;

public sealed class MetricsAndAccessLogTests
{
    [Fact]
    public async Task Bytes_connections_and_rejections_are_measured_with_tags()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(
            Listener("tcp", CatchAll("route-a", Backend("backend-a", echo.EndPoint))),
            Listener("nothing", Sni("sni-only", "only.test", Model.RouteTls.Passthrough, Backend("b", echo.EndPoint)))));
        // Failures are pushed as they happen; bytes and connections are totals read when collected, as an
        // exporter's scrape does (RecordObservableInstruments calls back on this thread).
        var pushed = new ConcurrentQueue<(string Name, long Value, Dictionary<string, object?> Tags)>();
        var observed = new List<(string Name, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, proxy.Server.Instruments.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var measurement = (instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value));
            if (instrument.IsObservable)
            {
                observed.Add(measurement);
            }
            else
            {
                pushed.Enqueue(measurement);
            }
        });
        listener.Start();

        (await Client.EchoAsync(proxy.EndPoint("tcp"), "12345")).Should().Be("12345");
        (await Client.EchoAsync(proxy.EndPoint("nothing"), "plain")).Should().BeEmpty();

        await Poll.UntilAsync(() =>
        {
            observed.Clear();
            listener.RecordObservableInstruments();
            return observed.Count(m => m.Name == "tcprouting.bytes") == 2 && proxy.Server.OpenConnections == 0
                && pushed.Any(m => m.Name == "tcprouting.rejections");
        });
        var bytes = observed.Where(m => m.Name == "tcprouting.bytes").ToList();
        bytes.Should().OnlyContain(m => m.Value == 5 && (string?)m.Tags["route"] == "route-a" && (string?)m.Tags["backend"] == "backend-a");
        bytes.Select(m => m.Tags["direction"]).Should().BeEquivalentTo(["client_to_backend", "backend_to_client"]);
        pushed.Should().Contain(m => m.Name == "tcprouting.rejections" && (string?)m.Tags["reason"] == "no_route" && (string?)m.Tags["entrypoint"] == "nothing");
        observed.Where(m => m.Name == "tcprouting.connections").Sum(m => m.Value).Should().Be(2);
        observed.Where(m => m.Name == "tcprouting.connections.open").Should().HaveCount(2).And.OnlyContain(m => m.Value == 0);
    }

    [Fact]
    public async Task Access_log_writes_one_line_per_closed_connection()
    {
        var logs = new CapturingLoggerFactory();
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(
            Table(Listener("tcp", CatchAll("route-a", Backend("backend-a", echo.EndPoint)))), options: new ProxyOptions(AccessLog: true), logs: logs);

        (await Client.EchoAsync(proxy.EndPoint("tcp"), "abc")).Should().Be("abc");

        await Poll.UntilAsync(() => logs.Lines.Any(l => l.Category == "TcpRouting.AccessLog"));
        var line = logs.Lines.Single(l => l.Category == "TcpRouting.AccessLog").Message;
        line.Should().Contain("127.0.0.1").And.Contain("entrypoint=tcp").And.Contain("route=route-a")
            .And.Contain("backend=backend-a").And.Contain("up=3").And.Contain("down=3").And.Contain("close=completed");
    }
}
