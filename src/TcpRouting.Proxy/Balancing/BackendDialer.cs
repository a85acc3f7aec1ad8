using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Balancing;

/// <summary>
/// Connects to a backend: round robin over its endpoints, skipping ones marked down, each attempt
/// bounded by the transport's dial timeout, failing over to the next endpoint. Hosts that are DNS
/// names (ExternalName services) are resolved at connect time, so DNS changes apply to new connections.
/// The caller's token (the client leaving) ends the whole dial at once, every endpoint and pass.
/// </summary>
internal sealed class BackendDialer(RuntimeState state, TimeProvider time, ProxyInstruments instruments, ILogger logger)
{
    public async Task<(Socket Socket, BackendEndpoint Endpoint)?> ConnectAsync(Backend backend, string entryPoint, string routeId, CancellationToken cancellationToken)
    {
        var endpoints = backend.Endpoints;
        var start = state.NextEndpoint(backend.Id, endpoints.Length);
        // First pass skips endpoints marked down; if all of them are, the second pass tries them anyway.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < endpoints.Length; i++)
            {
                var endpoint = endpoints[(start + i) % endpoints.Length];
                if (state.Health.IsDown(endpoint) != (pass == 1))
                {
                    continue;
                }

                var socket = await TryConnectAsync(endpoint, backend, cancellationToken).ConfigureAwait(false);
                if (socket is not null)
                {
                    state.Health.MarkUp(endpoint);
                    return (socket, endpoint);
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    // The caller gave up (the client left): no failover, and the endpoint is not to blame.
                    return null;
                }

                state.Health.MarkDown(endpoint);
                instruments.ConnectErrors.Add(1, new TagList
                {
                    { "entrypoint", entryPoint },
                    { "route", routeId },
                    { "backend", backend.Name },
                });
            }
        }

        return null;
    }

    private async Task<Socket?> TryConnectAsync(BackendEndpoint endpoint, Backend backend, CancellationToken cancellationToken)
    {
        // One pooled deadline on the shared wheel (no timer per dial); a caller's token (the client leaving)
        // cancels that same source, so no linked source or second timer is made on every new connection.
        using var deadline = Connections.Deadline.After(backend.Transport.DialTimeout, time);
        using var caller = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => ((Timing.DeadlineSource)s!).CancelNow(), deadline)
            : default;
        return await ConnectCoreAsync(endpoint, backend, deadline.Token).ConfigureAwait(false);
    }

    private async Task<Socket?> ConnectCoreAsync(BackendEndpoint endpoint, Backend backend, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
            Exception? last = null;
            foreach (var address in addresses)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                    return socket;
                }
                catch (Exception exception) when (exception is SocketException or OperationCanceledException)
                {
                    socket.Dispose();
                    last = exception;
                }
            }

            if (last is not null)
            {
                ProxyLog.ConnectFailed(logger, endpoint, backend.Name, last);
            }
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            ProxyLog.ConnectFailed(logger, endpoint, backend.Name, exception);
        }

        return null;
    }
}
