using System.Net.Security;
using System.Net.Sockets;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// One end of a relayed connection: the socket, and the SslStream on top of it when TLS is terminated
/// or originated here. Reads and writes go straight to the socket's ValueTask APIs when there is no TLS.
/// </summary>
internal sealed class ConnectionSide(Socket socket, SslStream? tls)
{
    public Socket Socket { get; } = socket;

    public SslStream? Tls { get; } = tls;

    /// <summary>Sends our FIN: close_notify first when TLS (RFC 8446 section 6.1), then Shutdown(Send).</summary>
    public async ValueTask ShutdownSendAsync()
    {
        if (Tls is not null)
        {
            await Tls.ShutdownAsync().ConfigureAwait(false);
        }

        Socket.Shutdown(SocketShutdown.Send);
    }

    /// <summary>Closes the socket; with <paramref name="reset"/> as an RST (SO_LINGER 0) instead of a FIN.</summary>
    public void Close(bool reset)
    {
        try
        {
            if (reset)
            {
                Socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }

        Tls?.Dispose();
        Socket.Dispose();
    }
}
