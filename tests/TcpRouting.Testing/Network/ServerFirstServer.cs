using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace TcpRouting.Testing.Network;

/// <summary>
/// A server-first protocol (MySQL, SMTP): writes its banner as soon as a client connects. With
/// <c>closeAfterBanner</c> it then half-closes (Shutdown(Send)) and keeps reading: what it receives
/// until the client's EOF is published in <see cref="Received"/>, to test half-close from the backend side.
/// </summary>
public sealed class ServerFirstServer : LoopbackServer
{
    private readonly byte[] _banner;
    private readonly bool _closeAfterBanner;

    public ServerFirstServer(string banner, bool closeAfterBanner = false)
    {
        Banner = banner;
        _banner = Encoding.ASCII.GetBytes(banner);
        _closeAfterBanner = closeAfterBanner;
        Start();
    }

    public string Banner { get; }

    /// <summary>Per connection, everything received up to the client's EOF.</summary>
    public BlockingCollection<byte[]> Received { get; } = [];

    protected override async Task ServeAsync(Socket socket)
    {
        await socket.SendAsync(_banner, Stopping).ConfigureAwait(false);
        if (_closeAfterBanner)
        {
            socket.Shutdown(SocketShutdown.Send);
        }

        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Stopping).ConfigureAwait(false)) > 0)
        {
            received.Write(buffer, 0, read);
            if (!_closeAfterBanner)
            {
                await socket.SendAsync(buffer.AsMemory(0, read), Stopping).ConfigureAwait(false);
            }
        }

        Received.Add(received.ToArray());
        if (!_closeAfterBanner)
        {
            socket.Shutdown(SocketShutdown.Send);
        }
    }
}
