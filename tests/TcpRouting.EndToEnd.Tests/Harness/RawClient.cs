using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>Plain sockets to the proxy's entry points, for what the command-line clients cannot show.</summary>
internal static class RawClient
{
    public static async Task<Socket> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        return socket;
    }

    /// <summary>Reads one line (up to \n) within <paramref name="timeout"/>.</summary>
    public static async Task<string> ReadLineAsync(Socket socket, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var line = new StringBuilder();
        var one = new byte[1];
        while (await socket.ReceiveAsync(one, deadline.Token) == 1 && one[0] != '\n')
        {
            line.Append((char)one[0]);
        }

        return line.ToString().TrimEnd('\r');
    }

    /// <summary>Reads until the peer closes (FIN or RST) or the deadline passes.</summary>
    public static async Task<CloseOutcome> ReadUntilClosedAsync(Socket socket, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        long received = 0;
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, deadline.Token)) > 0)
            {
                received += read;
            }

            return new CloseOutcome(Closed: true, Reset: false, received);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            return new CloseOutcome(Closed: true, Reset: true, received);
        }
        catch (OperationCanceledException)
        {
            return new CloseOutcome(Closed: false, Reset: false, received);
        }
    }
}
