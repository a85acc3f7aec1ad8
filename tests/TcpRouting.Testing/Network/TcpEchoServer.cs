using System.Net.Sockets;

namespace TcpRouting.Testing.Network;

/// <summary>
/// Echoes every byte and honours half-close: on the client's EOF it finishes echoing, then shuts down
/// its sending side. Anything a proxy adds in front (a PROXY header) comes back to the client too.
/// </summary>
public sealed class TcpEchoServer : LoopbackServer
{
    public TcpEchoServer() => Start();

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Stopping).ConfigureAwait(false)) > 0)
        {
            await socket.SendAsync(buffer.AsMemory(0, read), Stopping).ConfigureAwait(false);
        }

        socket.Shutdown(SocketShutdown.Send);
    }
}
