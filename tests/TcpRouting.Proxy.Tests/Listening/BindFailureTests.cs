using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Proxy.Listening;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Listening;

/// <summary>Issue 12, finding 8: an entry point that cannot bind is reported (for readiness and status) and retried.</summary>
public sealed class BindFailureTests
{
    [Fact]
    public async Task A_taken_port_is_reported_with_its_reason_and_bound_once_freed()
    {
        var time = new FakeTimeProvider();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var endPoint = (IPEndPoint)taken.LocalEndpoint;
        await using var echo = new TcpEchoServer();
        var logs = new CapturingLoggerFactory();
        await using var proxy = await ProxyHarness.StartAsync(Table(
            ListenerAt("busy", endPoint, null, CatchAll("r", Backend("b", echo.EndPoint))),
            Listener("free", CatchAll("f", Backend("b", echo.EndPoint)))), time, logs: logs);
        var changes = new List<IReadOnlyDictionary<string, string>>();
        proxy.Server.UnboundListenersChanged += changes.Add;

        proxy.Server.UnboundListeners.Should().ContainKey("busy").WhoseValue.Should().StartWith($"cannot bind {endPoint}: ");
        proxy.Server.BoundListeners.Keys.Should().Equal("free");
        time.Advance(TimeSpan.FromSeconds(10)); // retries while the port is still taken log nothing new
        logs.Lines.Count(l => l.Message.Contains("cannot bind", StringComparison.Ordinal)).Should().Be(1);

        taken.Stop();
        time.Advance(TimeSpan.FromSeconds(2));

        proxy.Server.UnboundListeners.Should().BeEmpty();
        changes.Should().ContainSingle().Which.Should().BeEmpty();
        (await Client.EchoAsync(proxy.EndPoint("busy"), "bound after retry")).Should().Be("bound after retry");
    }

    [Fact]
    public void A_repeated_warning_is_logged_once_per_interval_with_the_count_of_the_others()
    {
        var time = new FakeTimeProvider();
        var warning = new RepeatedWarning(time, TimeSpan.FromSeconds(10));

        var logged = new List<int>();
        for (var i = 0; i < 50; i++)
        {
            if (warning.ShouldLog(out var suppressed))
            {
                logged.Add(suppressed);
            }

            time.Advance(TimeSpan.FromMilliseconds(100)); // accept retries every 100 ms under descriptor pressure
        }

        logged.Should().Equal(0); // 5 s: one line
        time.Advance(TimeSpan.FromSeconds(5));
        warning.ShouldLog(out var count).Should().BeTrue();
        count.Should().Be(49);
    }
}
