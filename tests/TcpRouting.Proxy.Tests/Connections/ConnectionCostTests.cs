using System.Diagnostics.Metrics;
using FluentAssertions;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Connections;

/// <summary>
/// What every connection costs besides the kernel's work, in counts that do not depend on load (issue 15):
/// no timer of its own (one shared deadline wheel serves all) and one metric measurement, its duration.
/// Allocated bytes are guarded by tests/TcpRouting.Proxy.Benchmarks (census and ConnectionSetupBenchmarks).
/// </summary>
public sealed class ConnectionCostTests
{
    private const int Connections = 20;

    [Fact]
    public async Task Proxied_connections_create_no_timer_and_record_one_measurement_each()
    {
        var time = new CountingTimeProvider();
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", echo.EndPoint)))), time);
        var pushed = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, proxy.Server.Instruments.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => Interlocked.Increment(ref pushed));
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref pushed));
        listener.Start();
        (await Client.EchoAsync(proxy.EndPoint("tcp"), "warm")).Should().Be("warm"); // creates the shared wheel's timer
        await Poll.UntilAsync(() => Volatile.Read(ref pushed) == 1);
        var timersBefore = time.TimersCreated;

        for (var i = 0; i < Connections; i++)
        {
            (await Client.EchoAsync(proxy.EndPoint("tcp"), $"request {i}")).Should().Be($"request {i}");
        }

        await Poll.UntilAsync(() => Volatile.Read(ref pushed) >= Connections + 1 && proxy.Server.OpenConnections == 0);
        Volatile.Read(ref pushed).Should().Be(Connections + 1, "one duration measurement per connection, nothing else");
        (time.TimersCreated - timersBefore).Should().Be(0, "deadlines go on the shared wheel");
    }
}
