using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Pumping;

namespace TcpRouting.Proxy.Balancing;

/// <summary>
/// Connects to a backend: round robin over its endpoints, skipping ones marked down, each attempt
/// bounded by the transport's dial timeout, failing over to the next endpoint. Hosts that are DNS
/// names (ExternalName services) are resolved at connect time, so DNS changes apply to new connections.
/// The caller's token (the client leaving) ends the whole dial at once, every endpoint and pass.
/// Every new connection dials, so the path allocates only the socket: pooled state machines, a pooled
/// <see cref="SocketOperation"/> for the connect, and IP literals parsed once per table (issue 15).
/// </summary>
internal sealed class BackendDialer(RuntimeState state, TimeProvider time, ProxyInstruments instruments, ILogger logger)
{
    // Keyed by the table's endpoint objects, so entries go with the table that made them.
    private static readonly ConditionalWeakTable<BackendEndpoint, IPEndPoint?> Literals = [];

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(Socket Socket, BackendEndpoint Endpoint)?> ConnectAsync(Backend backend, string entryPoint, string routeId, CancellationToken cancellationToken)
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

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Socket?> TryConnectAsync(BackendEndpoint endpoint, Backend backend, CancellationToken cancellationToken)
    {
        // One pooled deadline on the shared wheel (no timer per dial); a caller's token (the client leaving)
        // cancels that same source, so no linked source or second timer is made on every new connection.
        using var deadline = Connections.Deadline.After(backend.Transport.DialTimeout, time);
        using var caller = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => ((Timing.DeadlineSource)s!).CancelNow(), deadline)
            : default;
        Exception? last = null;
        try
        {
            if (Literal(endpoint) is { } literal)
            {
                return await ConnectOnceAsync(literal, deadline.Token).ConfigureAwait(false);
            }

            foreach (var address in await Dns.GetHostAddressesAsync(endpoint.Host, deadline.Token).ConfigureAwait(false))
            {
                try
                {
                    return await ConnectOnceAsync(new IPEndPoint(address, endpoint.Port), deadline.Token).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is SocketException or OperationCanceledException)
                {
                    last = exception;
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            last = exception;
        }

        if (last is not null)
        {
            ProxyLog.ConnectFailed(logger, endpoint, backend.Name, last);
        }

        return null;
    }

    /// <summary>One connect, ended by <paramref name="cancellationToken"/> (it closes the socket, which aborts the connect).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<Socket> ConnectOnceAsync(IPEndPoint remote, CancellationToken cancellationToken)
    {
        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var operation = SocketOperation.Rent();
        try
        {
            using (cancellationToken.UnsafeRegister(static s => ((Socket)s!).Dispose(), socket))
            {
                await operation.ConnectAsync(socket, remote).ConfigureAwait(false);
            }

            // A deadline that fired as the connect completed has closed the socket: that attempt failed.
            cancellationToken.ThrowIfCancellationRequested();
            return socket;
        }
        catch (Exception)
        {
            socket.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        finally
        {
            SocketOperation.Return(operation); // the connect has completed (or failed) by now
        }
    }

    private static IPEndPoint? Literal(BackendEndpoint endpoint) =>
        Literals.GetValue(endpoint, static e => IPAddress.TryParse(e.Host, out var address) ? new IPEndPoint(address, e.Port) : null);
}
