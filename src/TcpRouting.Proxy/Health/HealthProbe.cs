using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace TcpRouting.Proxy.Health;

/// <summary>
/// One check of one endpoint, bounded as a whole by the check's timeout: connect (to the check's port when it
/// has one), TLS when asked, then an HTTP GET, or Traefik's send/expect (write the bytes, the answer must start
/// with the expected ones). The socket is closed with RST, as HAProxy does, so checks leave no TIME_WAIT behind.
/// </summary>
internal static class HealthProbe
{
    /// <returns>Null when the endpoint passed, else why it failed.</returns>
    public static async Task<string?> RunAsync(EndpointCheckState state, TimeProvider time, CancellationToken stopping)
    {
        var check = state.Check;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var timer = time.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), deadline, check.Timeout, Timeout.InfiniteTimeSpan);
        var token = deadline.Token;
        Socket? socket = null;
        Stream? stream = null;
        try
        {
            var host = state.Endpoint.Host;
            var address = IPAddress.TryParse(host, out var literal)
                ? literal
                : (await Dns.GetHostAddressesAsync(host, token).ConfigureAwait(false)).FirstOrDefault()
                  ?? throw new SocketException((int)SocketError.HostNotFound);
            socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(new IPEndPoint(address, check.Port ?? state.Endpoint.Port), token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: false);
            if (check.Tls is { } tls)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(HealthTlsOptions.Create(tls, host), token).ConfigureAwait(false);
            }

            if (check.Http is { } http)
            {
                return await HttpStatusProbe.RunAsync(stream, http, host, token).ConfigureAwait(false);
            }

            if (state.Send.Length > 0)
            {
                await stream.WriteAsync(state.Send, token).ConfigureAwait(false);
            }

            return state.Expect.Length > 0 ? await ExpectAsync(stream, state.Expect, token).ConfigureAwait(false) : null;
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return $"no answer within {check.Timeout.TotalMilliseconds:0} ms";
        }
        catch (Exception e) when (e is SocketException or IOException or System.Security.Authentication.AuthenticationException or ObjectDisposedException)
        {
            return e.Message;
        }
        finally
        {
            if (socket is { Connected: true })
            {
                socket.LingerState = new LingerOption(true, 0);
            }

            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            socket?.Dispose();
        }
    }

    /// <summary>Reads until as many bytes as expected came (or EOF) and compares; Traefik compares one read of that size.</summary>
    private static async Task<string?> ExpectAsync(Stream stream, byte[] expect, CancellationToken token)
    {
        var answer = new byte[expect.Length];
        var read = 0;
        while (read < answer.Length)
        {
            var n = await stream.ReadAsync(answer.AsMemory(read), token).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return answer.AsSpan(0, read).SequenceEqual(expect) ? null : $"unexpected answer ({read} of {expect.Length} expected bytes matched or came)";
    }
}
