using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>
/// A backend that costs the same whatever the proxy does: one thread, blocking calls, one connection at
/// a time (the benchmark client runs them one after another). It echoes until the peer's FIN, then closes.
/// </summary>
internal sealed class BlockingEchoBackend : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Thread _thread;
    private readonly byte[] _buffer = new byte[64 * 1024];

    public BlockingEchoBackend()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(64);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        _thread = new Thread(Serve) { IsBackground = true, Name = "bench-echo-backend" };
        _thread.Start();
    }

    public IPEndPoint EndPoint { get; }

    public void Dispose() => _listener.Dispose();

    private void Serve()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = _listener.Accept();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }

            using (socket)
            {
                try
                {
                    int read;
                    while ((read = socket.Receive(_buffer)) > 0)
                    {
                        socket.Send(_buffer.AsSpan(0, read));
                    }
                }
                catch (SocketException)
                {
                    // A reset from the proxy ends this connection only.
                }
            }
        }
    }
}
