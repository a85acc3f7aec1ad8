using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Pumping;

public sealed class IdleTimeoutTests
{
    [Fact]
    public async Task Connection_without_traffic_is_closed_after_the_idle_timeout()
    {
        var time = new FakeTimeProvider();
        await using var echo = new TcpEchoServer();
        var options = ListenerOptions.Default with { IdleTimeout = TimeSpan.FromSeconds(30) };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", options, CatchAll("r", Backend("b", echo.EndPoint)))), time);
        using var client = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        await Client.SendAsync(client, "ping");
        (await Client.ReadTextAsync(client, 4)).Should().Be("ping");

        time.Advance(TimeSpan.FromSeconds(20));
        await Client.SendAsync(client, "pong"); // traffic re-arms the timer
        (await Client.ReadTextAsync(client, 4)).Should().Be("pong");
        time.Advance(TimeSpan.FromSeconds(20));
        proxy.Server.OpenConnections.Should().Be(1, "20 s after the last bytes is not idle yet");

        time.Advance(TimeSpan.FromSeconds(11));

        (await Client.ReadUntilClosedAsync(client)).Bytes.Should().Be(0);
    }
}
