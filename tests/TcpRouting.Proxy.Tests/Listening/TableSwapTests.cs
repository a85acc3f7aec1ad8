using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Listening;

public sealed class TableSwapTests
{
    [Fact]
    public async Task Swapping_tables_during_transfers_resets_nothing_and_delivers_every_byte()
    {
        await using var echoA = new TcpEchoServer();
        await using var echoB = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("a", echoA.EndPoint)))));
        var endPoint = proxy.EndPoint("tcp");
        var cancel = TestContext.Current.CancellationToken;

        var transfers = Enumerable.Range(0, 6)
            .Select(i => HashCheckClient.RunAsync(endPoint, 3_000_000, seed: i, cancel))
            .ToArray();
        var swaps = 0;
        while (!transfers.All(t => t.IsCompleted) && swaps < 400)
        {
            var echo = swaps % 2 == 0 ? echoB : echoA;
            proxy.Holder.Update(Table(Listener("tcp", CatchAll($"r{swaps}", Backend($"b{swaps}", echo.EndPoint)))));
            swaps++;
            (await Client.EchoAsync(endPoint, "ping")).Should().Be("ping"); // new connections follow the new table
        }

        var results = await Task.WhenAll(transfers).WaitAsync(TimeSpan.FromSeconds(60), cancel);

        results.Should().OnlyContain(r => r.Intact);
        swaps.Should().BeGreaterThan(0);
        proxy.EndPoint("tcp").Should().Be(endPoint, "an unchanged listener keeps its socket");
        echoB.Accepted.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Removed_listener_stops_accepting_while_its_live_connection_goes_on()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(
            Listener("keep", CatchAll("k", Backend("b", echo.EndPoint))),
            Listener("drop", CatchAll("d", Backend("b", echo.EndPoint)))));
        var kept = proxy.EndPoint("keep");
        var dropped = proxy.EndPoint("drop");
        using var live = await Client.ConnectAsync(dropped);
        await Client.SendAsync(live, "before");
        (await Client.ReadTextAsync(live, 6)).Should().Be("before");

        proxy.Holder.Update(Table(Listener("keep", CatchAll("k", Backend("b", echo.EndPoint)))));

        proxy.Server.BoundListeners.Keys.Should().Equal("keep");
        proxy.EndPoint("keep").Should().Be(kept);
        var connect = () => Client.ConnectAsync(dropped);
        (await connect.Should().ThrowAsync<SocketException>()).Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
        await Client.SendAsync(live, "after");
        (await Client.ReadTextAsync(live, 5)).Should().Be("after");
    }

    [Fact]
    public async Task Added_listener_is_bound_on_the_next_table()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("one", CatchAll("r", Backend("b", echo.EndPoint)))));

        proxy.Holder.Update(Table(
            Listener("one", CatchAll("r", Backend("b", echo.EndPoint))),
            Listener("two", CatchAll("r2", Backend("b", echo.EndPoint)))));

        (await Client.EchoAsync(proxy.EndPoint("two"), "new")).Should().Be("new");
    }

    [Fact]
    public async Task A_port_that_cannot_be_bound_is_skipped_and_the_others_serve()
    {
        await using var echo = new TcpEchoServer();
        using var squatter = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        squatter.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        squatter.Listen();
        await using var proxy = await ProxyHarness.StartAsync(Table(
            ListenerAt("busy", (IPEndPoint)squatter.LocalEndPoint!, null, CatchAll("r", Backend("b", echo.EndPoint))),
            Listener("free", CatchAll("r", Backend("b", echo.EndPoint)))));

        proxy.Server.BoundListeners.Keys.Should().Equal("free");
        (await Client.EchoAsync(proxy.EndPoint("free"), "ok")).Should().Be("ok");
    }
}
