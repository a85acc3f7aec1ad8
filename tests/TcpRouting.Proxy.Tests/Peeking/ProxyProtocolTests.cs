using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Protocols;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Peeking;

/// <summary>PROXY protocol in (trusted peers) and out (Backend.ProxyProtocol). The echo backend returns
/// the header the proxy sent in front of the payload, so the client can read it.</summary>
public sealed class ProxyProtocolTests
{
    [Fact]
    public async Task Inbound_v1_header_sets_the_client_address_and_is_forwarded_as_v1()
    {
        await using var echo = new TcpEchoServer();
        var backend = Backend("b", echo.EndPoint) with { ProxyProtocol = 1 };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", TrustProxyProtocol(),
            Route("r", new Model.Matchers.HostSniMatcher("*"), RouteTls.None, [backend],
                new IpAllowListMiddleware("mw", new SourceRef("MiddlewareTCP", "default", "mw"), Networks("203.0.113.0/24"))))));

        var reply = await Client.EchoAsync(proxy.EndPoint("tcp"), "PROXY TCP4 203.0.113.7 198.51.100.1 51000 5432\r\nhello");

        // Allowed only because the allow list saw 203.0.113.7; the backend got the real client in a v1 header.
        reply.Should().Be("PROXY TCP4 203.0.113.7 198.51.100.1 51000 5432\r\nhello");
    }

    [Fact]
    public async Task Inbound_v2_header_is_honoured_and_forwarded_as_v2()
    {
        await using var echo = new TcpEchoServer();
        var backend = Backend("b", echo.EndPoint) with { ProxyProtocol = 2 };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", TrustProxyProtocol(), CatchAll("r", backend))));
        var source = new IPEndPoint(IPAddress.Parse("192.0.2.10"), 40000);
        var destination = new IPEndPoint(IPAddress.Parse("192.0.2.20"), 443);
        var header = ProxyProtocolWriter.Write(2, source, destination);

        using var socket = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        await socket.SendAsync(header.Concat("hi"u8.ToArray()).ToArray());
        socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var reply = await Client.ReadToEndAsync(socket);

        reply.Should().Equal(header.Concat("hi"u8.ToArray()));
    }

    [Fact]
    public async Task Outbound_header_carries_the_peer_when_no_header_came_in()
    {
        await using var echo = new TcpEchoServer();
        var backend = Backend("b", echo.EndPoint) with { ProxyProtocol = 1 };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", backend))));

        using var socket = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        var local = (IPEndPoint)socket.LocalEndPoint!;
        await Client.SendAsync(socket, "x");
        socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var reply = Encoding.ASCII.GetString(await Client.ReadToEndAsync(socket));

        reply.Should().Be($"PROXY TCP4 127.0.0.1 127.0.0.1 {local.Port} {proxy.EndPoint("tcp").Port}\r\nx");
    }

    [Fact]
    public async Task Untrusted_peer_header_is_plain_payload()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", echo.EndPoint)))));

        var reply = await Client.EchoAsync(proxy.EndPoint("tcp"), "PROXY TCP4 203.0.113.7 198.51.100.1 51000 5432\r\nhello");

        reply.Should().Be("PROXY TCP4 203.0.113.7 198.51.100.1 51000 5432\r\nhello");
    }

    [Fact]
    public async Task Trusted_peer_without_a_header_on_a_server_first_port_is_routed_after_the_peek_timeout()
    {
        var time = new FakeTimeProvider();
        await using var mysqlLike = new ServerFirstServer("hello from the server\r\n");
        await using var proxy = await ProxyHarness.StartAsync(
            Table(Listener("mysql", TrustProxyProtocol(), CatchAll("r", Backend("b", mysqlLike.EndPoint)))), time);
        using var client = await Client.ConnectAsync(proxy.EndPoint("mysql"));

        // Advance until the peek deadline (armed just after accept) has passed and the banner flows.
        await Poll.UntilAsync(() =>
        {
            time.Advance(ListenerOptions.Default.PeekTimeout);
            return client.Available > 0;
        });

        (await Client.ReadTextAsync(client, mysqlLike.Banner.Length)).Should().Be(mysqlLike.Banner);
    }
}
