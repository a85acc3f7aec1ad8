using System.Net.Sockets;
using TcpRouting.Testing.Network;

namespace TcpRouting.Proxy.Tests.Health;

/// <summary>
/// An echo server that tells health probes (first bytes "PING") from client connections, and can stop answering:
/// then it accepts and stays silent, as a hung backend does.
/// </summary>
internal sealed class ProbedEchoServer : LoopbackServer
{
    private int _clients;
    private int _probes;
    private volatile bool _answering = true;

    public ProbedEchoServer() => Start();

    public bool Answering
    {
        get => _answering;
        set => _answering = value;
    }

    public int ClientConnections => Volatile.Read(ref _clients);

    public int Probes => Volatile.Read(ref _probes);

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[4096];
        var read = await socket.ReceiveAsync(buffer, Stopping).ConfigureAwait(false);
        Interlocked.Increment(ref buffer.AsSpan(0, read).StartsWith("PING"u8) ? ref _probes : ref _clients);
        while (read > 0)
        {
            if (!_answering)
            {
                await Task.Delay(Timeout.Infinite, Stopping).ConfigureAwait(false);
            }

            await socket.SendAsync(buffer.AsMemory(0, read), Stopping).ConfigureAwait(false);
            read = await socket.ReceiveAsync(buffer, Stopping).ConfigureAwait(false);
        }

        socket.Shutdown(SocketShutdown.Send);
    }
}
