using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Proxy.Peeking;
using TcpRouting.Proxy.Timing;
using TcpRouting.Proxy.Tests.Support;

namespace TcpRouting.Proxy.Tests.Peeking;

/// <summary>The departure watch costs nothing while dials are quick, and still ends a slow dial when the client leaves.</summary>
public sealed class DepartureWatchTests
{
    [Fact]
    public async Task A_dial_over_within_a_tick_leaves_nothing_armed_and_never_looks_at_the_client()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        var (client, server) = await ConnectedPairAsync();
        using (client)
        using (server)
        {
            var watch = new DepartureWatch(wheel, server, sentData: false);
            wheel.Armed.Should().Be(1);
            var token = watch.Token;
            watch.Dispose();

            wheel.Armed.Should().Be(0);
            client.Dispose();
            time.Advance(DeadlineWheel.Tick * 4);
            token.IsCancellationRequested.Should().BeFalse("nothing watched the client once the dial was over");
        }
    }

    [Fact]
    public async Task A_dial_that_outlives_a_tick_ends_when_the_client_leaves()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        var (client, server) = await ConnectedPairAsync();
        using (server)
        {
            using var watch = new DepartureWatch(wheel, server, sentData: false);
            time.Advance(DeadlineWheel.Tick * 2);
            watch.Token.IsCancellationRequested.Should().BeFalse();

            client.Dispose();

            await Poll.UntilAsync(() => watch.Token.IsCancellationRequested);
        }
    }

    private static async Task<(Socket Client, Socket Server)> ConnectedPairAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        var server = await listener.AcceptAsync();
        return (client, server);
    }
}
