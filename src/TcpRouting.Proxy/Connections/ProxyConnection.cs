using System.Net;
using System.Net.Sockets;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Listening;
using TcpRouting.Proxy.Pumping;

namespace TcpRouting.Proxy.Connections;

/// <summary>
/// One accepted connection: its sockets, what was learned about it (for logs and metrics) and a
/// close that happens exactly once, whoever calls it first (the relay, the idle timer, a drain).
/// </summary>
internal sealed class ProxyConnection(Socket client, ListenerHost host, long startTimestamp)
{
    private ConnectionSide? _clientSide;
    private ConnectionSide? _backendSide;
    private int _closed;

    public Socket Client { get; } = client;

    public ListenerHost Host { get; } = host;

    public long StartTimestamp { get; } = startTimestamp;

    public RelayStats Stats { get; } = new();

    public CloseReason Reason { get; private set; } = CloseReason.Completed;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public IPAddress? ClientAddress { get; set; }

    public string? ServerName { get; set; }

    public string? RouteId { get; set; }

    public string? BackendName { get; set; }

    /// <summary>Releases taken by middlewares (in-flight slots), run once at the end.</summary>
    public Action? OnEnd { get; set; }

    /// <summary>The client end, once TLS (if any) is set up; closed with the connection.</summary>
    public void AttachClient(ConnectionSide side)
    {
        Volatile.Write(ref _clientSide, side);
        if (IsClosed)
        {
            side.Close(reset: false);
        }
    }

    /// <summary>The backend end; closed at once when the connection was closed meanwhile.</summary>
    public void AttachBackend(ConnectionSide side)
    {
        Volatile.Write(ref _backendSide, side);
        if (IsClosed)
        {
            side.Close(reset: true);
        }
    }

    public void Close(CloseReason reason, bool reset)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        Reason = reason;
        var clientSide = Volatile.Read(ref _clientSide);
        if (clientSide is null)
        {
            CloseSocket(Client, reset);
        }
        else
        {
            clientSide.Close(reset);
        }

        Volatile.Read(ref _backendSide)?.Close(reset);
    }

    private static void CloseSocket(Socket socket, bool reset)
    {
        try
        {
            if (reset)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }

        socket.Dispose();
    }
}
