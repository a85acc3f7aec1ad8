using FluentAssertions;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Connections;

public sealed class ServerFirstTests
{
    [Fact]
    public async Task Catch_all_listener_routes_without_waiting_for_client_bytes()
    {
        await using var mysqlLike = new ServerFirstServer("220 banner\r\n");
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("mysql", CatchAll("r", Backend("b", mysqlLike.EndPoint)))));

        using var client = await Client.ConnectAsync(proxy.EndPoint("mysql"));

        // The client sends nothing: the banner must still come through.
        (await Client.ReadTextAsync(client, mysqlLike.Banner.Length)).Should().Be(mysqlLike.Banner);
    }

    [Fact]
    public async Task Catch_all_listener_relays_client_bytes_after_the_banner()
    {
        await using var mysqlLike = new ServerFirstServer("hi\r\n");
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("mysql", CatchAll("r", Backend("b", mysqlLike.EndPoint)))));

        var reply = await Client.EchoAsync(proxy.EndPoint("mysql"), "select 1");

        reply.Should().Be("hi\r\nselect 1");
    }
}
