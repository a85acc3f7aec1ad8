using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Testing.Network;

/// <summary>
/// Base of the test servers: a loopback listener whose accept loop hands every connection to
/// <see cref="ServeAsync"/> and counts them. Errors on one connection end only that connection.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new();
    private Task _accepting = Task.CompletedTask;
    private int _accepted;

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    public int Port => EndPoint.Port;

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    protected CancellationToken Stopping => _stop.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Binds and starts accepting; derived constructors call it last.</summary>
    protected void Start() => Start(new IPEndPoint(IPAddress.Loopback, 0));

    /// <summary>As <see cref="Start()"/>, on a given address (another 127.0.0.0/8 address stands for another host).</summary>
    protected void Start(IPEndPoint endPoint)
    {
        _listener.Bind(endPoint);
        _listener.Listen(1024);
        _accepting = AcceptAsync();
    }

    protected abstract Task ServeAsync(Socket socket);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _accepted);
            _ = RunAsync(socket);
        }
    }

    private async Task RunAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                await ServeAsync(socket).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException
                or System.Security.Authentication.AuthenticationException)
            {
                // The peer went away or the test ended: nothing to serve.
            }
        }
    }
}
