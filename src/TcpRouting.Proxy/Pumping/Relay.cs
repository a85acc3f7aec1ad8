using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// Runs the two pumps of a connection. EOF on one side becomes a half-close on the other (inside the
/// pump); the reverse direction then lives on for at most the backend's terminationDelay (Traefik
/// ServersTransportTCP.terminationDelay; negative means no limit beyond the idle timeout). An error
/// on either side resets both (SO_LINGER 0), so neither peer mistakes a failure for a clean end.
/// </summary>
internal static class Relay
{
    public static async Task RunAsync(ProxyConnection connection, ConnectionSide client, ConnectionSide backend,
        IdleWatch idle, TimeSpan terminationDelay, TimeProvider time)
    {
        var up = Pump.RunAsync(client, backend, idle, connection.Stats, clientToBackend: true);
        var down = Pump.RunAsync(backend, client, idle, connection.Stats, clientToBackend: false);
        var first = await Task.WhenAny(up, down).ConfigureAwait(false);
        var other = first == up ? down : up;
        if (first.IsFaulted)
        {
            connection.Close(CloseReason.Reset, reset: true);
        }
        else if (!other.IsCompleted)
        {
            await WaitWithDelayAsync(connection, other, terminationDelay, time).ConfigureAwait(false);
        }

        try
        {
            await Task.WhenAll(up, down).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A pump that fails after its peer finished (or because we closed the sockets) ends here.
            connection.Close(CloseReason.Reset, reset: true);
            return;
        }

        connection.Close(CloseReason.Completed, reset: false);
    }

    private static async Task WaitWithDelayAsync(ProxyConnection connection, Task other, TimeSpan terminationDelay, TimeProvider time)
    {
        if (terminationDelay < TimeSpan.Zero)
        {
            return;
        }

        using var cancel = new CancellationTokenSource();
        var delay = Task.Delay(terminationDelay, time, cancel.Token);
        if (await Task.WhenAny(other, delay).ConfigureAwait(false) == delay)
        {
            connection.Close(CloseReason.TerminationDelay, reset: false);
        }

        // Synchronous on purpose: the only registration is the delay's timer, cheap to cancel here.
        // CancelAsync would queue that to the thread pool and resume the rest of the connection's close
        // there, a hand-off and a context switch for every connection that half-closes.
#pragma warning disable CA1849
        cancel.Cancel();
#pragma warning restore CA1849
    }
}
