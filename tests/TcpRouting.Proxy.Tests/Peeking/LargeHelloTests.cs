using System.Net.Sockets;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Protocols;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Peeking;

/// <summary>The peek reads into one pooled relay buffer (32 KiB) and grows past it only for a larger ClientHello,
/// up to the listener's cap (64 KiB by default): such a hello is still routed by its name and replayed whole.</summary>
public sealed class LargeHelloTests
{
    [Fact]
    public async Task A_hello_larger_than_a_relay_buffer_is_routed_and_replayed_byte_for_byte()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tls", Sni("db", "db.example.com", RouteTls.Passthrough, Backend("b", echo.EndPoint)))));
        // Padding (RFC 7685) makes a 40 KB hello in three records.
        var hello = new ClientHelloBuilder { ExtraExtensions = [(21, new byte[40_000])] }.Build();
        hello.Length.Should().BeGreaterThan(32 * 1024);

        using var socket = await Client.ConnectAsync(proxy.EndPoint("tls"));
        await socket.SendAsync(hello, SocketFlags.None);
        socket.Shutdown(SocketShutdown.Send);

        (await Client.ReadToEndAsync(socket)).Should().Equal(hello);
    }
}
