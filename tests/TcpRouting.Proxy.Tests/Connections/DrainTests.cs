using System.Net.Sockets;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Connections;

public sealed class DrainTests
{
    [Fact]
    public async Task Stop_refuses_new_connections_lets_live_ones_finish_then_closes_the_rest()
    {
        var time = new FakeTimeProvider();
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", echo.EndPoint)))), time);
        var endPoint = proxy.EndPoint("tcp");
        using var live = await Client.ConnectAsync(endPoint);
        await Client.SendAsync(live, "a");
        (await Client.ReadTextAsync(live, 1)).Should().Be("a");

        var stop = proxy.Server.StopAsync(TimeSpan.FromSeconds(30), CancellationToken.None);

        var connect = () => Client.ConnectAsync(endPoint);
        await connect.Should().ThrowAsync<SocketException>();
        await Client.SendAsync(live, "b");
        (await Client.ReadTextAsync(live, 1)).Should().Be("b", "a live connection keeps working during the grace period");
        stop.IsCompleted.Should().BeFalse();

        var deadline = DateTime.UtcNow + Client.Patience;
        while (!stop.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(31));
            await Task.WhenAny(stop, Task.Delay(20, TestContext.Current.CancellationToken));
        }

        await stop.WaitAsync(Client.Patience, TestContext.Current.CancellationToken);
        (await Client.ReadUntilClosedAsync(live)).Bytes.Should().Be(0);
        proxy.Server.OpenConnections.Should().Be(0);
    }

    [Fact]
    public async Task Stop_completes_as_soon_as_the_last_connection_ends()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", echo.EndPoint)))));
        var live = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        await Client.SendAsync(live, "a");
        (await Client.ReadTextAsync(live, 1)).Should().Be("a");

        var stop = proxy.Server.StopAsync(TimeSpan.FromMinutes(10), CancellationToken.None);
        live.Shutdown(SocketShutdown.Send);
        (await Client.ReadToEndAsync(live)).Should().BeEmpty();
        live.Dispose();

        await stop.WaitAsync(Client.Patience, TestContext.Current.CancellationToken);
        proxy.Server.OpenConnections.Should().Be(0);
    }
}
