using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Testing.Peers;

/// <summary>Polls until a loopback port accepts connections, with a deadline.</summary>
public static class PortProbe
{
    public static async Task WaitListeningAsync(int port, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new TimeoutException($"nothing listens on 127.0.0.1:{port} after {timeout}: {e.Message}\n{diagnostics?.Invoke()}");
            }
        }
    }
}
