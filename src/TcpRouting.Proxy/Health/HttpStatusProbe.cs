using System.Globalization;
using System.Text;

namespace TcpRouting.Proxy.Health;

/// <summary>
/// A minimal HTTP/1.1 GET (RFC 9112): request with Host and Connection: close, then only the status line is read
/// (at most <see cref="MaxStatusLine"/> bytes); the body is never read.
/// </summary>
internal static class HttpStatusProbe
{
    public const int MaxStatusLine = 1024;

    /// <returns>Null when the status is the expected one, else why not.</returns>
    public static async Task<string?> RunAsync(Stream stream, HttpHealthCheck http, string endpointHost, CancellationToken token)
    {
        var host = http.Host ?? (endpointHost.Contains(':', StringComparison.Ordinal) ? $"[{endpointHost}]" : endpointHost);
        var request = Encoding.ASCII.GetBytes($"GET {http.Path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: tcprouting-health\r\nAccept: */*\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, token).ConfigureAwait(false);
        var buffer = new byte[MaxStatusLine];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), token).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
            if (buffer.AsSpan(0, read).IndexOf("\r\n"u8) >= 0)
            {
                break;
            }
        }

        var status = ParseStatus(buffer.AsSpan(0, read));
        return status switch
        {
            null => "no HTTP status line in the answer",
            _ when status == http.ExpectedStatus => null,
            _ => $"GET {http.Path} answered {status}, expected {http.ExpectedStatus}",
        };
    }

    /// <summary>"HTTP/1.1 200 OK" -> 200; null when the bytes do not start with a status line.</summary>
    internal static int? ParseStatus(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("HTTP/1."u8) || bytes.Length < 12 || bytes[8] != (byte)' ')
        {
            return null;
        }

        return int.TryParse(bytes.Slice(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && (bytes.Length == 12 || bytes[12] is (byte)' ' or (byte)'\r')
            ? code
            : null;
    }
}
