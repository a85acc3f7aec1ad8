using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>Client-side socket helpers; every wait is bounded so a broken proxy fails a test instead of hanging it.</summary>
internal static class Client
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static async Task<Socket> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endPoint).WaitAsync(Patience);
        return socket;
    }

    public static async Task SendAsync(Socket socket, string text) => await socket.SendAsync(Encoding.ASCII.GetBytes(text));

    public static async Task<byte[]> ReadToEndAsync(Socket socket)
    {
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(Patience)) > 0)
        {
            received.Write(buffer, 0, read);
        }

        return received.ToArray();
    }

    public static async Task<string> ReadTextAsync(Socket socket, int length)
    {
        var buffer = new byte[length];
        var total = 0;
        while (total < length)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(total)).AsTask().WaitAsync(Patience);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return Encoding.ASCII.GetString(buffer, 0, total);
    }

    /// <summary>Sends <paramref name="text"/>, half-closes, and returns everything received until EOF.</summary>
    public static async Task<string> EchoAsync(IPEndPoint endPoint, string text)
    {
        using var socket = await ConnectAsync(endPoint);
        await SendAsync(socket, text);
        socket.Shutdown(SocketShutdown.Send);
        return Encoding.ASCII.GetString(await ReadToEndAsync(socket));
    }

    /// <summary>What the proxy did with a connection it refused: bytes seen before the end, and whether it ended with RST.</summary>
    public static async Task<(int Bytes, bool Reset)> ReadUntilClosedAsync(Socket socket)
    {
        var total = 0;
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(Patience)) > 0)
            {
                total += read;
            }

            return (total, false);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return (total, true);
        }
    }

    /// <summary>A TLS client with <paramref name="sni"/>; certificate checks are the caller's (default: accept any).</summary>
    public static async Task<SslStream> TlsConnectAsync(Stream transport, string sni, RemoteCertificateValidationCallback? validate = null,
        X509Certificate2? clientCertificate = null, List<SslApplicationProtocol>? alpn = null)
    {
        var tls = new SslStream(transport, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = sni,
            RemoteCertificateValidationCallback = validate ?? ((_, _, _, _) => true),
            ClientCertificates = clientCertificate is null ? null : [clientCertificate],
            ApplicationProtocols = alpn,
        }).WaitAsync(Patience);
        return tls;
    }

    public static async Task<string> TlsEchoAsync(SslStream tls, string text)
    {
        await tls.WriteAsync(Encoding.ASCII.GetBytes(text));
        var buffer = new byte[text.Length];
        await tls.ReadExactlyAsync(buffer).AsTask().WaitAsync(Patience);
        return Encoding.ASCII.GetString(buffer);
    }
}
