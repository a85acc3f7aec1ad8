using System.Net.Sockets;
using System.Text;
using TcpRouting.Testing.Network;

namespace TcpRouting.Testing.Peers;

/// <summary>
/// A server-first protocol (like SMTP or MySQL): it writes its banner line as soon as a client connects,
/// then echoes what it gets. A proxy that waits for client bytes before routing deadlocks here.
/// </summary>
public sealed class BannerServer : LoopbackServer
{
    private readonly byte[] _line;

    public BannerServer(string banner)
    {
        Banner = banner;
        _line = Encoding.ASCII.GetBytes(banner + "\r\n");
        Start();
    }

    public string Banner { get; }

    protected override async Task ServeAsync(Socket socket)
    {
        await socket.SendAsync(_line, Stopping).ConfigureAwait(false);
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Stopping).ConfigureAwait(false)) > 0)
        {
            await socket.SendAsync(buffer.AsMemory(0, read), Stopping).ConfigureAwait(false);
        }
    }
}
