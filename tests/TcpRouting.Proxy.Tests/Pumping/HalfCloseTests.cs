using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Pumping;

public sealed class HalfCloseTests
{
    [Fact]
    public async Task Client_eof_reaches_the_backend_and_the_reply_still_flows_back()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", echo.EndPoint)))));

        // The echo only ends its reply after it sees our EOF: it arrives only if the proxy half-closed.
        var result = await HashCheckClient.RunAsync(proxy.EndPoint("tcp"), 1_000_000, seed: 7, TestContext.Current.CancellationToken);

        result.Intact.Should().BeTrue();
    }

    [Fact]
    public async Task Backend_eof_reaches_the_client_and_the_client_can_still_send()
    {
        await using var server = new ServerFirstServer("bye\r\n", closeAfterBanner: true);
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", server.EndPoint)))));

        using var client = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        var banner = Encoding.ASCII.GetString(await Client.ReadToEndAsync(client));
        await Client.SendAsync(client, "still here");
        client.Shutdown(SocketShutdown.Send);

        banner.Should().Be("bye\r\n");
        server.Received.TryTake(out var received, Client.Patience).Should().BeTrue();
        Encoding.ASCII.GetString(received!).Should().Be("still here");
    }

    [Fact]
    public async Task After_a_half_close_the_other_direction_is_cut_after_the_termination_delay()
    {
        var time = new FakeTimeProvider();
        await using var server = new ServerFirstServer("bye\r\n", closeAfterBanner: true);
        var backend = Backend("b", server.EndPoint) with { Transport = Transport(terminationDelay: TimeSpan.FromSeconds(2)) };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", backend))), time);

        using var client = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        (await Client.ReadToEndAsync(client)).Should().NotBeEmpty();
        await Client.SendAsync(client, "partial");

        // The client never half-closes; once the delay passes the proxy closes the backend side.
        byte[]? received = null;
        var deadline = DateTime.UtcNow + Client.Patience;
        while (received is null && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            server.Received.TryTake(out received, TimeSpan.FromMilliseconds(50));
        }

        received.Should().NotBeNull("the backend saw its connection end");
    }
}
