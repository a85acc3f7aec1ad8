using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Protocols;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>
/// A started ProxyServer in front of <see cref="BlockingEchoBackend"/>, and a blocking client that runs
/// one whole connection: connect, send a small request, read the echo, FIN, read to EOF, close; then
/// waits until the proxy has closed its side, so that connection's work lands in the measurement.
/// </summary>
internal sealed class LoopbackRig : IAsyncDisposable
{
    /// <summary>About an HTTP GET: what "a small request" means in the bench harness.</summary>
    private static readonly byte[] PlainRequest = "GET / HTTP/1.1\r\nHost: app.bench.test\r\nUser-Agent: bench\r\n\r\n"u8.ToArray();

    // Passthrough: the proxy only peeks the ClientHello; the echo backend sends it back, no handshake needed.
    private static readonly byte[] HelloRequest = new ClientHelloBuilder { ServerName = BenchTables.ServerName, Alpn = ["http/1.1"] }.Build();

    private readonly BlockingEchoBackend _backend;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly ProxyServer _server;

    private LoopbackRig(BlockingEchoBackend backend, ProxyServer server, IPEndPoint plain, IPEndPoint sni, IPEndPoint terminate)
    {
        Terminate = terminate;
        _backend = backend;
        _server = server;
        Plain = plain;
        Sni = sni;
    }

    public IPEndPoint Plain { get; }

    public IPEndPoint Sni { get; }

    public IPEndPoint Terminate { get; }

    public IPEndPoint Backend => _backend.EndPoint;

    public static async Task<LoopbackRig> StartAsync(TimeProvider time)
    {
        var backend = new BlockingEchoBackend();
        var server = new ProxyServer(new RouteTableHolder(BenchTables.Build(backend.EndPoint)), new ProxyOptions(), NullLoggerFactory.Instance, time);
        await server.StartAsync(CancellationToken.None).ConfigureAwait(false);
        var bound = server.BoundListeners;
        return new LoopbackRig(backend, server, bound[BenchTables.Plain], bound[BenchTables.Sni], bound[BenchTables.Terminate]);
    }

    public void DirectConnection() => Exchange(Backend, PlainRequest);

    public void PlainConnection() => Exchange(Plain, PlainRequest);

    public void PassthroughConnection() => Exchange(Sni, HelloRequest);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        _backend.Dispose();
    }

    private void Exchange(IPEndPoint target, byte[] request)
    {
        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true })
        {
            socket.Connect(target);
            socket.Send(request);
            var received = 0;
            while (received < request.Length)
            {
                var read = socket.Receive(_buffer);
                if (read == 0)
                {
                    throw new InvalidOperationException($"{target} closed after {received} of {request.Length} bytes");
                }

                received += read;
            }

            socket.Shutdown(SocketShutdown.Send);
            while (socket.Receive(_buffer) > 0)
            {
            }
        }

        WaitForProxyIdle();
    }

    private void WaitForProxyIdle()
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5;
        var spin = new SpinWait();
        while (_server.OpenConnections > 0)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("the proxy kept a connection open for 5 s after the client closed");
            }

            spin.SpinOnce();
        }
    }
}
