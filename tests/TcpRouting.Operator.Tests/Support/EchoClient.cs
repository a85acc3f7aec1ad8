using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TcpRouting.Operator.Tests.Support;

/// <summary>A client that sends a line through the proxy and reads the echo back.</summary>
internal static class EchoClient
{
    /// <summary>The echoed text, or null when the connection was refused or closed before the echo came back.</summary>
    public static async Task<string?> RoundTripAsync(int port, string text)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            return await RoundTripAsync(client.GetStream(), text);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return null;
        }
    }

    public static async Task<string?> RoundTripAsync(Stream stream, string text)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var bytes = Encoding.ASCII.GetBytes(text);
        await stream.WriteAsync(bytes, timeout.Token);
        var buffer = new byte[bytes.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return Encoding.ASCII.GetString(buffer);
    }
}
