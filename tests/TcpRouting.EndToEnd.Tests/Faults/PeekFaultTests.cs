using System.Text;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;

namespace TcpRouting.EndToEnd.Tests.Faults;

/// <summary>Clients that never finish a ClientHello, or send something else: the SNI listener (peekTimeout 2s) closes them.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class PeekFaultTests(ProxyLab lab)
{
    [Fact]
    public async Task A_slowloris_client_is_closed_at_the_peek_timeout_and_the_open_count_returns_to_zero()
    {
        await lab.Proxy.MetricsAsync(); // a warm admin endpoint answers well within the peek timeout
        using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("sni"));
        // A TLS handshake record header announcing 512 bytes, and one byte of them (RFC 8446 section 5.1).
        await socket.SendAsync(new byte[] { 0x16, 0x03, 0x01, 0x02, 0x00, 0x01 });
        await OpenConnections.WaitForAsync(lab.Proxy, "sni", n => n >= 1, "counts the slow client");

        var outcome = await RawClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(15));

        outcome.Closed.Should().BeTrue("the 2s peek timeout closes it long before the 180s idle timeout");
        outcome.BytesReceived.Should().Be(0, "a rejection is a FIN or RST, never an alert");
        await OpenConnections.WaitForAsync(lab.Proxy, "sni", n => n == 0, "back to zero");
    }

    [Fact]
    public async Task Garbage_instead_of_a_client_hello_is_closed_without_a_byte()
    {
        using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("sni"));
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: only.e2e.test\r\n\r\n"));

        var outcome = await RawClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(15));

        outcome.Closed.Should().BeTrue();
        outcome.BytesReceived.Should().Be(0);
    }
}
