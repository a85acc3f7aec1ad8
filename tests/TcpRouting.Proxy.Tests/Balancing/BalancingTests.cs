using FluentAssertions;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Balancing;

public sealed class BalancingTests
{
    [Fact]
    public async Task A_refusing_endpoint_fails_over_to_the_next()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp",
            CatchAll("r", Backend("b", FreeTcpPort.Refusing(), echo.EndPoint)))));

        for (var i = 0; i < 4; i++)
        {
            (await Client.EchoAsync(proxy.EndPoint("tcp"), $"try {i}")).Should().Be($"try {i}");
        }

        echo.Accepted.Should().Be(4);
    }

    [Fact]
    public async Task Dns_name_hosts_are_resolved_at_connect_time()
    {
        await using var echo = new TcpEchoServer();
        var backend = Backend("b", echo.EndPoint) with { Endpoints = [new Model.BackendEndpoint("localhost", echo.Port)] };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", backend))));

        (await Client.EchoAsync(proxy.EndPoint("tcp"), "by name")).Should().Be("by name");
    }

    [Fact]
    public async Task Weighted_backends_split_connections_by_weight()
    {
        await using var heavy = new TcpEchoServer();
        await using var light = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp",
            CatchAll("r", Backend("heavy", 3, heavy.EndPoint), Backend("light", 1, light.EndPoint), Backend("off", 0, light.EndPoint)))));

        for (var i = 0; i < 12; i++)
        {
            (await Client.EchoAsync(proxy.EndPoint("tcp"), "x")).Should().Be("x");
        }

        heavy.Accepted.Should().Be(9);
        light.Accepted.Should().Be(3);
    }

    [Fact]
    public async Task Weighted_schedule_state_survives_table_swaps()
    {
        await using var heavy = new TcpEchoServer();
        await using var light = new TcpEchoServer();
        var table = () => Table(Listener("tcp", CatchAll("r", Backend("heavy", 3, heavy.EndPoint), Backend("light", 1, light.EndPoint))));
        await using var proxy = await ProxyHarness.StartAsync(table());

        for (var i = 0; i < 12; i++)
        {
            proxy.Holder.Update(table()).Should().BeTrue(); // a new table (new fingerprint) before every connection
            (await Client.EchoAsync(proxy.EndPoint("tcp"), "x")).Should().Be("x");
        }

        heavy.Accepted.Should().Be(9);
        light.Accepted.Should().Be(3);
    }

    [Fact]
    public async Task Route_without_usable_backend_closes_the_connection()
    {
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("empty", 1)))));

        using var client = await Client.ConnectAsync(proxy.EndPoint("tcp"));

        (await Client.ReadUntilClosedAsync(client)).Bytes.Should().Be(0);
    }
}
