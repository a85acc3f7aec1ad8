using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Proxy.Timing;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Peeking;

/// <summary>Issue 12, findings 7 and 10: what a client can do to the proxy before its bytes are relayed.</summary>
public sealed class HostileClientTests
{
    [Fact]
    public async Task An_untrusted_peers_proxy_header_is_dropped_not_delivered_as_payload()
    {
        // Before: the header reached the backend as payload, where a backend reading PROXY headers would believe it.
        await using var echo = new TcpEchoServer();
        var backend = Backend("b", echo.EndPoint) with { ProxyProtocol = 1 };
        var trustsOthers = ListenerOptions.Default with { ProxyProtocolTrustedIps = [IPNetwork.Parse("10.0.0.0/8")] };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", trustsOthers, CatchAll("r", backend))));

        using var socket = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        var local = (IPEndPoint)socket.LocalEndPoint!;
        await Client.SendAsync(socket, "PROXY TCP4 203.0.113.7 198.51.100.1 51000 5432\r\nhello");
        socket.Shutdown(SocketShutdown.Send);
        var reply = Encoding.ASCII.GetString(await Client.ReadToEndAsync(socket));

        // The real peer goes out in our own header; the forged one is gone.
        reply.Should().Be($"PROXY TCP4 127.0.0.1 127.0.0.1 {local.Port} {proxy.EndPoint("tcp").Port}\r\nhello");
    }

    [Fact]
    public async Task A_dial_to_a_backend_that_never_answers_ends_when_the_client_leaves()
    {
        // Fake time: the dial timeout never fires, so only the client leaving can end the dial. Before: the connection
        // stayed until the timeout (twice: every endpoint is tried again in a second pass).
        using var silent = SilentBackend.Create();
        var time = new FakeTimeProvider();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", silent.EndPoint)))), time);

        var client = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        // The dial is under way once its deadline and the departure watch are on the wheel; the watch starts
        // looking at the client when the dial has lasted a tick.
        var wheel = DeadlineWheel.For(time);
        await Poll.UntilAsync(() => wheel.Armed == 2);
        time.Advance(DeadlineWheel.Tick * 2);
        client.Dispose();

        await Poll.UntilAsync(() => proxy.Server.OpenConnections == 0);
    }

    [Fact]
    public async Task A_client_that_sent_its_request_and_half_closed_still_gets_the_answer()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Backend("b", echo.EndPoint)))));

        (await Client.EchoAsync(proxy.EndPoint("tcp"), "request then FIN")).Should().Be("request then FIN");
    }

    /// <summary>A loopback listener whose accept queue is full and never drained: further SYNs are dropped, so a
    /// connect to it neither succeeds nor fails (a backend that never answers, without leaving loopback).</summary>
    private sealed class SilentBackend : IDisposable
    {
        private readonly Socket _listener;
        private readonly List<Socket> _fillers = [];

        private SilentBackend(Socket listener) => _listener = listener;

        public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint!;

        public static SilentBackend Create()
        {
            var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(0);
            var backend = new SilentBackend(listener);
            // Fill the queue: connects complete while there is room, then one stays pending.
            for (var i = 0; i < 8; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                backend._fillers.Add(filler);
                if (!filler.ConnectAsync(backend.EndPoint).Wait(TimeSpan.FromMilliseconds(500)))
                {
                    return backend;
                }
            }

            throw new InvalidOperationException("the accept queue never filled up");
        }

        public void Dispose()
        {
            foreach (var filler in _fillers)
            {
                filler.Dispose();
            }

            _listener.Dispose();
        }
    }
}
