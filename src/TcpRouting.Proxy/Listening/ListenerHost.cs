using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Listening;

/// <summary>
/// One bound entry point socket and its accept loop. It knows only its name: each accepted connection
/// looks its listener up in the table current at that moment, so a swap needs no rebind.
/// </summary>
internal sealed class ListenerHost
{
    private readonly Socket _socket;
    private readonly Func<Socket, ListenerHost, Task> _handle;
    private readonly ILogger _logger;
    private static readonly TimeSpan AcceptBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan AcceptWarningInterval = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();
    private readonly RepeatedWarning _acceptWarning;
    private readonly TimeProvider _time;
    private Task _acceptLoop = Task.CompletedTask;

    private ListenerHost(string name, IPEndPoint configured, Socket socket, Func<Socket, ListenerHost, Task> handle, TimeProvider time, ILogger logger)
    {
        _time = time;
        _acceptWarning = new RepeatedWarning(time, AcceptWarningInterval);
        Name = name;
        Configured = configured;
        _socket = socket;
        _handle = handle;
        _logger = logger;
        BoundEndPoint = (IPEndPoint)socket.LocalEndPoint!;
    }

    public string Name { get; }

    /// <summary>The endpoint as configured (port may be 0); decides whether a swap keeps this host.</summary>
    public IPEndPoint Configured { get; }

    /// <summary>The endpoint actually bound (port 0 resolved).</summary>
    public IPEndPoint BoundEndPoint { get; }

    /// <summary>Binds and starts accepting; null, with the reason in <paramref name="error"/>, when the address cannot be bound.</summary>
    public static ListenerHost? TryStart(string name, IPEndPoint endPoint, Func<Socket, ListenerHost, Task> handle, TimeProvider time, ILogger logger, out string? error)
    {
        error = null;
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (endPoint.Address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true; // ":port" serves IPv4 and IPv6 alike
            }

            socket.Bind(endPoint);
            socket.Listen(512);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            error = exception.Message; // "Address already in use": the user's to fix, so no stack trace
            return null;
        }

        var host = new ListenerHost(name, endPoint, socket, handle, time, logger);
        ProxyLog.Listening(logger, name, host.BoundEndPoint);
        host._acceptLoop = host.AcceptLoopAsync();
        return host;
    }

    public Task StopAsync()
    {
        _stopping.Cancel();
        _socket.Dispose();
        ProxyLog.ListenerClosed(_logger, Name, BoundEndPoint);
        return _acceptLoop;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket accepted;
            try
            {
                accepted = await _socket.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException exception)
            {
                // Transient (the peer reset before accept) or pressure (out of descriptors): keep serving,
                // pausing on pressure so the loop does not spin while nothing can be accepted. One line per
                // interval with a count, no stack trace: under pressure this repeats every 100 ms.
                if (_acceptWarning.ShouldLog(out var repeats))
                {
                    ProxyLog.AcceptFailed(_logger, Name, exception.Message, repeats);
                }

                if (exception.SocketErrorCode is SocketError.TooManyOpenSockets or SocketError.NoBufferSpaceAvailable)
                {
                    await Task.Delay(AcceptBackoff, _time, _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                continue;
            }

            // Not awaited: each connection runs on its own; HandleAsync never throws.
            _ = _handle(accepted, this);
        }
    }
}
