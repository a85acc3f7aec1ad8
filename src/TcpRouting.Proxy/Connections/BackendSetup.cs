using System.Diagnostics;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Peeking;
using TcpRouting.Proxy.Protocols;
using TcpRouting.Proxy.Pumping;
using TcpRouting.Proxy.Routing;

namespace TcpRouting.Proxy.Connections;

/// <summary>
/// Prepares a dialed backend socket before the relay: PROXY header (haproxy proxy-protocol.txt,
/// sent first), the PostgreSQL SSLRequest replay for passthrough, TLS to the backend, and the bytes
/// peeked from the client.
/// </summary>
internal sealed class BackendSetup(ProxyInstruments instruments, TimeProvider time, ILogger logger)
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<ConnectionSide?> PrepareAsync(ProxyConnection connection, CompiledRoute route, Backend backend, Socket socket,
        BackendEndpoint endpoint, ProxyOut proxyOut, bool replayPostgres, byte[] buffered)
    {
        var plainSide = new ConnectionSide(socket, null);
        connection.AttachBackend(plainSide);
        // The backend gets its dial timeout again for the setup exchanges (SSLRequest answer, TLS handshake).
        // A plain backend has none: no deadline then, saving a timer on every new connection.
        var exchanges = backend.ProxyProtocol is 1 or 2 || replayPostgres || route.BackendTls.ContainsKey(backend.Id);
        using var deadline = exchanges ? Deadline.After(backend.Transport.DialTimeout, time) : null;
        var cancellationToken = deadline?.Token ?? CancellationToken.None;
        try
        {
            if (backend.ProxyProtocol is 1 or 2)
            {
                await SendAllAsync(socket, ProxyProtocolWriter.Write(backend.ProxyProtocol, proxyOut.Source, proxyOut.Destination), cancellationToken).ConfigureAwait(false);
            }

            if (replayPostgres && !await ReplayPostgresSslRequestAsync(socket, backend, endpoint, cancellationToken).ConfigureAwait(false))
            {
                connection.Close(CloseReason.ConnectFailed, reset: true);
                return null;
            }

            SslStream? tls = null;
            if (route.BackendTls.TryGetValue(backend.Id, out var tlsConfig))
            {
                // Off the epoll thread, as for client handshakes (ConnectionHandler.TerminateAsync): validating
                // the backend's chain is CPU work and may fetch intermediates.
                var inner = new PrefixedStream(ReadOnlyMemory<byte>.Empty, new NetworkStream(socket, ownsSocket: false)) { ResumeOnThreadPool = true };
                tls = new SslStream(inner, leaveInnerStreamOpen: false);
                try
                {
                    var options = tlsConfig.CreateOptions(endpoint.Host);
                    await Task.Run(() => tls.AuthenticateAsClientAsync(options, cancellationToken)).ConfigureAwait(false);
                    inner.ResumeOnThreadPool = false;
                }
                catch (Exception exception) when (exception is IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException)
                {
                    instruments.HandshakeErrors.Add(1, new TagList { { "entrypoint", connection.Host.Name }, { "route", route.Route.Id }, { "backend", backend.Name } });
                    ProxyLog.ConnectFailed(logger, endpoint, backend.Name, exception);
                    await tls.DisposeAsync().ConfigureAwait(false);
                    connection.Close(CloseReason.HandshakeFailed, reset: true);
                    return null;
                }
            }

            var side = plainSide;
            if (tls is not null)
            {
                side = new ConnectionSide(socket, tls);
                connection.AttachBackend(side);
            }

            if (buffered.Length > 0)
            {
                if (tls is null)
                {
                    await SendAllAsync(socket, buffered, CancellationToken.None).ConfigureAwait(false);
                }
                else
                {
                    await tls.WriteAsync(buffered).ConfigureAwait(false);
                }

                connection.Stats.Add(clientToBackend: true, buffered.Length);
            }

            return side;
        }
        catch (Exception exception) when (exception is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            ProxyLog.ConnectFailed(logger, endpoint, backend.Name, exception);
            connection.Close(CloseReason.Reset, reset: true);
            return null;
        }
    }

    /// <summary>Sends the client's SSLRequest and swallows the backend's one byte answer; only 'S' goes on.</summary>
    private async Task<bool> ReplayPostgresSslRequestAsync(Socket socket, Backend backend, BackendEndpoint endpoint, CancellationToken cancellationToken)
    {
        await SendAllAsync(socket, PostgresSslRequest.Bytes.ToArray(), cancellationToken).ConfigureAwait(false);
        var answer = new byte[1];
        var read = await socket.ReceiveAsync(answer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        if (read == 1 && answer[0] == PostgresSslRequest.AcceptByte)
        {
            return true;
        }

        ProxyLog.PostgresSslRefused(logger, backend.Name, endpoint);
        return false;
    }

    private static async Task SendAllAsync(Socket socket, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            var sent = await socket.SendAsync(data, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            data = data[sent..];
        }
    }
}
