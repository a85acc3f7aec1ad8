using System.Text;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;

namespace TcpRouting.EndToEnd.Tests.Protocols;

/// <summary>A server-first protocol on a catch-all port: the proxy must connect without waiting for client bytes.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class BannerThroughProxyTests(ProxyLab lab)
{
    [Fact]
    public async Task The_banner_arrives_before_the_client_sends_anything_and_then_the_session_echoes()
    {
        using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("banner"));

        var banner = await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(10));
        await socket.SendAsync(Encoding.ASCII.GetBytes("EHLO client.e2e.test\r\n"));
        var echo = await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(10));

        banner.Should().Be(lab.Banner.Banner);
        echo.Should().Be("EHLO client.e2e.test");
    }
}
