using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>
/// Real ClientHellos, captured once per test run: from .NET's SslStream writing into memory, and from
/// `openssl s_client` connecting to a loopback socket. Names are given in mixed case to show they come
/// out lower-cased.
/// </summary>
internal static class ClientHelloCaptures
{
    public const string SslStreamHost = "Db.Example.COM";
    public const string OpenSslHost = "Postgres.Internal.Example.com";
    public static readonly string[] SslStreamAlpn = ["h2", "http/1.1"];
    public static readonly string[] OpenSslAlpn = ["postgresql", "h2", "http/1.1", "acme-tls/1"];

    private static readonly Lazy<Task<byte[]>> SslStreamCapture = new(CaptureSslStreamAsync);
    private static readonly Lazy<Task<byte[]>> OpenSslCapture = new(CaptureOpenSslAsync);

    public static Task<byte[]> SslStreamHelloAsync() => SslStreamCapture.Value;

    public static Task<byte[]> OpenSslHelloAsync() => OpenSslCapture.Value;

    private static async Task<byte[]> CaptureSslStreamAsync()
    {
        var capture = new CaptureStream();
        await using var tls = new SslStream(capture, leaveInnerStreamOpen: true);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = SslStreamHost,
            ApplicationProtocols = [.. SslStreamAlpn.Select(p => new SslApplicationProtocol(p))],
        };

        // The handshake fails at the first read, once the ClientHello is written.
        var handshake = () => tls.AuthenticateAsClientAsync(options);
        await Assert.ThrowsAnyAsync<Exception>(handshake);
        return capture.Written;
    }

    private static async Task<byte[]> CaptureOpenSslAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var openssl = Process.Start(new ProcessStartInfo("openssl")
        {
            ArgumentList = { "s_client", "-connect", $"127.0.0.1:{port}", "-servername", OpenSslHost, "-alpn", string.Join(',', OpenSslAlpn) },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("openssl did not start");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            using var client = await listener.AcceptTcpClientAsync(timeout.Token);
            return await ReadHandshakeRecordsAsync(client.GetStream(), timeout.Token);
        }
        finally
        {
            openssl.Kill(entireProcessTree: true);
            await openssl.WaitForExitAsync();
        }
    }

    /// <summary>Reads until whole records hold the first handshake message; a deliberately naive framing, independent of the reader under test.</summary>
    private static async Task<byte[]> ReadHandshakeRecordsAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var chunk = new byte[4096];
        while (!HoldsWholeMessage(received))
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"openssl closed after {received.Count} bytes");
            }

            received.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        return [.. received];
    }

    private static bool HoldsWholeMessage(List<byte> data)
    {
        int position = 0, handshakeBytes = 0;
        while (position + 5 <= data.Count)
        {
            var fragmentLength = (data[position + 3] << 8) | data[position + 4];
            if (position + 5 + fragmentLength > data.Count)
            {
                return false;
            }

            handshakeBytes += fragmentLength;
            position += 5 + fragmentLength;
            var messageLength = 4 + ((data[6] << 16) | (data[7] << 8) | data[8]);
            if (handshakeBytes >= messageLength)
            {
                return true;
            }
        }

        return false;
    }
}
