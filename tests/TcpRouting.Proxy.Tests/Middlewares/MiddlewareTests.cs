using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Middlewares;

public sealed class MiddlewareTests
{
    private static readonly SourceRef Source = new("MiddlewareTCP", "default", "mw");

    [Fact]
    public async Task Allow_list_closes_connections_from_other_sources_before_any_backend()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("db",
            Route("r", new HostSniMatcher("*"), RouteTls.None, [Backend("b", echo.EndPoint)],
                new IpAllowListMiddleware("mw", Source, Networks("10.0.0.0/8", "192.168.1.0/24"))))));

        using var client = await Client.ConnectAsync(proxy.EndPoint("db"));
        await Client.SendAsync(client, "let me in");
        var (bytes, _) = await Client.ReadUntilClosedAsync(client);

        bytes.Should().Be(0);
        echo.Accepted.Should().Be(0);
    }

    [Fact]
    public async Task Allow_list_refusal_is_a_fin_even_when_the_client_already_sent_its_request()
    {
        // examples/README.md: curl gets "Empty reply from server" (exit 52, a FIN), as from Traefik, not a reset (56).
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("web",
            Route("r", new HostSniMatcher("*"), RouteTls.None, [Backend("b", echo.EndPoint)],
                new IpAllowListMiddleware("mw", Source, Networks("10.0.0.0/8"))))));

        for (var i = 0; i < 20; i++)
        {
            using var client = await Client.ConnectAsync(proxy.EndPoint("web"));
            await Client.SendAsync(client, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            var (bytes, reset) = await Client.ReadUntilClosedAsync(client);
            client.Shutdown(System.Net.Sockets.SocketShutdown.Send);

            bytes.Should().Be(0);
            reset.Should().BeFalse("refused connection #{0} must end with FIN, not RST", i);
        }

        echo.Accepted.Should().Be(0);
    }

    [Fact]
    public async Task Allow_list_lets_listed_sources_through()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("db",
            Route("r", new HostSniMatcher("*"), RouteTls.None, [Backend("b", echo.EndPoint)],
                new IpAllowListMiddleware("mw", Source, Networks("127.0.0.0/8"))))));

        (await Client.EchoAsync(proxy.EndPoint("db"), "hello")).Should().Be("hello");
    }

    [Fact]
    public async Task In_flight_limit_refuses_the_extra_connection_and_frees_the_slot_on_close()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("db",
            Route("r", new HostSniMatcher("*"), RouteTls.None, [Backend("b", echo.EndPoint)],
                new InFlightConnMiddleware("mw", Source, 1)))));
        var endPoint = proxy.EndPoint("db");

        using (var first = await Client.ConnectAsync(endPoint))
        {
            await Client.SendAsync(first, "one");
            (await Client.ReadTextAsync(first, 3)).Should().Be("one");

            using var second = await Client.ConnectAsync(endPoint);
            await Client.SendAsync(second, "two");
            (await Client.ReadUntilClosedAsync(second)).Bytes.Should().Be(0);
        }

        string? reply = null;
        var deadline = DateTime.UtcNow + Client.Patience;
        while (reply != "three" && DateTime.UtcNow < deadline)
        {
            try
            {
                reply = await Client.EchoAsync(endPoint, "three");
            }
            catch (System.Net.Sockets.SocketException)
            {
                // Refused until the first connection's slot is freed: closed with our bytes unread, hence an RST.
            }
        }

        reply.Should().Be("three");
    }
}
