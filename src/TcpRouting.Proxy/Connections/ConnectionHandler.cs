using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Balancing;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Listening;
using TcpRouting.Proxy.Middlewares;
using TcpRouting.Proxy.Peeking;
using TcpRouting.Proxy.Pumping;
using TcpRouting.Proxy.Routing;
using TcpRouting.Proxy.Timing;

namespace TcpRouting.Proxy.Connections;

/// <summary>
/// The life of one connection: read the table once, peek, match, middlewares, TLS, pick and dial a
/// backend, relay, then report (metrics once, access log line).
/// </summary>
internal sealed class ConnectionHandler(
    Func<CompiledTable> currentTable,
    ConnectionRegistry registry,
    RuntimeState state,
    ProxyInstruments instruments,
    TimeProvider time,
    ProxyOptions options,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("TcpRouting.Proxy");
    private readonly ConnectionReporter _reporter = new(instruments, time, options, loggerFactory.CreateLogger(AccessLog.Category));
    private readonly ConnectionPeeker _peeker = new(time);
    private readonly BackendDialer _dialer = new(state, time, instruments, loggerFactory.CreateLogger("TcpRouting.Proxy"));
    private readonly DeadlineWheel _wheel = DeadlineWheel.For(time);
    private readonly Func<Backend, bool> _usable = state.IsUsable; // one delegate, not one per connection
    private readonly BackendSetup _backendSetup = new(instruments, time, loggerFactory.CreateLogger("TcpRouting.Proxy"));

    public async Task HandleAsync(Socket socket, ListenerHost host)
    {
        var connection = new ProxyConnection(socket, host, time.GetTimestamp());
        registry.Add(connection);
        var counts = instruments.Totals.For(host.Name);
        counts.Opened();
        try
        {
            await RunAsync(connection, host).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            ProxyLog.ConnectionFailed(_logger, host.Name, exception);
            connection.Close(CloseReason.Reset, reset: true);
        }
        finally
        {
            connection.Close(CloseReason.Completed, reset: false);
            connection.OnEnd?.Invoke();
            registry.Remove(connection);
            counts.Closed();
            _reporter.Report(connection, host.Name);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask RunAsync(ProxyConnection connection, ListenerHost host)
    {
        var socket = connection.Client;
        socket.NoDelay = true;
        var listener = currentTable().Find(host.Name); // the table is read once per connection
        var peer = (IPEndPoint)socket.RemoteEndPoint!;
        connection.ClientAddress = peer.Address;
        if (listener is null)
        {
            connection.Close(CloseReason.NoRoute, reset: false);
            return;
        }

        var peek = await _peeker.PeekAsync(socket, listener, peer).ConfigureAwait(false);
        if (peek.Rejection is { } rejected)
        {
            connection.Close(rejected, reset: false);
            return;
        }

        var clientAddress = peek.Proxy?.Source?.Address ?? peer.Address;
        if (clientAddress.IsIPv4MappedToIPv6)
        {
            clientAddress = clientAddress.MapToIPv4(); // IPv4 clients of a dual-stack listener
        }

        connection.ClientAddress = clientAddress;
        connection.ServerName = peek.Hello?.ServerName;
        var facts = new ConnectionFacts(clientAddress, peek.IsTls, peek.Hello?.ServerName, peek.Hello?.AlpnProtocols ?? []);
        var route = await listener.MatchAsync(facts).ConfigureAwait(false); // off the epoll thread when user regexps run
        if (route is null)
        {
            // No route: FIN, never a TLS alert (the client learns nothing about which names exist).
            connection.Close(CloseReason.NoRoute, reset: false);
            return;
        }

        connection.RouteId = route.Route.Id;
        if (MiddlewareChain.Apply(route.Route, connection, clientAddress, state) is { } refused)
        {
            await GracefulRefusal.CloseAsync(connection, refused, time).ConfigureAwait(false); // FIN, as Traefik
            return;
        }

        var buffered = peek.Buffered;
        SslStream? clientTls = null;
        if (route.Termination is { } termination)
        {
            clientTls = await TerminateAsync(connection, listener, termination.Select(facts.ServerName), buffered).ConfigureAwait(false);
            if (clientTls is null)
            {
                return;
            }

            buffered = []; // the ClientHello went to the handshake
        }

        var clientSide = new ConnectionSide(socket, clientTls);
        connection.AttachClient(clientSide);
        var picked = state.Schedule(route.Route.Id).Pick(route.Eligible, _usable)
            ?? state.Schedule(route.Route.Id).Pick(route.Eligible, static _ => true);
        // Active health checks leave failing endpoints out; none left (fail closed) refuses the connection.
        var backend = picked is null ? null : state.Admit(picked);
        if (backend is null)
        {
            connection.Close(CloseReason.NoEndpoint, reset: false);
            return;
        }

        connection.BackendName = backend.Name;
        (Socket Socket, BackendEndpoint Endpoint)? dialed;
        using (var departure = new DepartureWatch(_wheel, socket, sentData: buffered.Length > 0 || clientTls is not null))
        {
            // The dial ends with the client: a backend that never answers must not hold the slot after it left.
            dialed = await _dialer.ConnectAsync(backend, host.Name, route.Route.Id, departure.Token).ConfigureAwait(false);
            if (dialed is null && departure.Token.IsCancellationRequested)
            {
                connection.Close(CloseReason.ClientClosed, reset: false);
                return;
            }
        }

        if (dialed is not { } d)
        {
            connection.Close(CloseReason.ConnectFailed, reset: false);
            return;
        }

        // Socket.LocalEndPoint allocates: only ask for it when a PROXY header goes out.
        var proxyOut = backend.ProxyProtocol is 1 or 2
            ? ProxyOut.Create(peek.Proxy?.Source ?? peer, peek.Proxy?.Destination ?? (IPEndPoint)socket.LocalEndPoint!)
            : default;
        var backendSide = await _backendSetup.PrepareAsync(connection, route, backend, d.Socket, d.Endpoint, proxyOut,
            replayPostgres: peek.PostgresSsl && clientTls is null, buffered).ConfigureAwait(false);
        if (backendSide is null)
        {
            return;
        }

        using var idle = new IdleWatch(_wheel, listener.Options.IdleTimeout, connection);
        await Relay.RunAsync(connection, clientSide, backendSide, idle, backend.Transport.TerminationDelay).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<SslStream?> TerminateAsync(ProxyConnection connection, CompiledListener listener, SslServerAuthenticationOptions? serverOptions, byte[] buffered)
    {
        if (serverOptions is null)
        {
            // sniStrict and no certificate for this name: refuse without an alert.
            connection.Close(CloseReason.NoRoute, reset: false);
            return null;
        }

        var inner = new PrefixedStream(buffered, new NetworkStream(connection.Client, ownsSocket: false)) { ResumeOnThreadPool = true };
        var tls = new SslStream(inner, leaveInnerStreamOpen: false);
        using var timeout = Deadline.After(listener.Options.PeekTimeout, time);
        try
        {
            // The handshake runs on the thread pool (its first step, answering the peeked ClientHello with a
            // signature, happens before any read): not on the epoll thread that inline completions run on.
            await Task.Run(() => tls.AuthenticateAsServerAsync(serverOptions, timeout.Token)).ConfigureAwait(false);
            inner.ResumeOnThreadPool = false;
            return tls;
        }
        catch (Exception exception) when (exception is IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException or SocketException)
        {
            instruments.HandshakeErrors.Add(1, new TagList { { "entrypoint", listener.Name }, { "route", connection.RouteId } });
            ProxyLog.ClientHandshakeFailed(_logger, connection.ClientAddress ?? IPAddress.None, listener.Name, exception);
            await tls.DisposeAsync().ConfigureAwait(false);
            connection.Close(CloseReason.HandshakeFailed, reset: true);
            return null;
        }
    }
}
