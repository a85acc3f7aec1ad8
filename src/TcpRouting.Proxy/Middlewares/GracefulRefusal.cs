using System.Net.Sockets;
using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Middlewares;

/// <summary>
/// Closes a connection a middleware refused the way Traefik's does: a FIN, so curl reports "Empty reply from
/// server" (exit 52). Closing a socket whose receive buffer still holds the client's first bytes (curl sends its
/// request at once) makes the kernel send RST instead (RFC 1122 4.2.2.13; curl exit 56). So: FIN first, then read
/// and discard what the client sent until it closes too, for at most <see cref="Linger"/> and <see cref="MaxDrain"/>
/// bytes, then close.
/// </summary>
internal static class GracefulRefusal
{
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);
    private const int MaxDrain = 64 * 1024;

    public static async Task CloseAsync(ProxyConnection connection, CloseReason reason, TimeProvider time)
    {
        var socket = connection.Client;
        try
        {
            socket.Shutdown(SocketShutdown.Send);
            using var deadline = new CancellationTokenSource(Linger, time);
            var buffer = new byte[4096];
            var drained = 0;
            int read;
            while (drained < MaxDrain && (read = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token).ConfigureAwait(false)) > 0)
            {
                drained += read;
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client reset, or lingered too long: close anyway.
        }

        connection.Close(reason, reset: false);
    }
}
