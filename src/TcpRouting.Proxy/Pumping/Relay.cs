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
        IdleWatch idle, TimeSpan terminationDelay)
    {
        var up = Pump.RunAsync(client, backend, idle, connection.Stats, clientToBackend: true);
        var down = Pump.RunAsync(backend, client, idle, connection.Stats, clientToBackend: false);
        var first = await Task.WhenAny(up, down).ConfigureAwait(false);
        var other = first == up ? down : up;
        if (first.IsFaulted)
        {
            connection.Close(CloseReason.Reset, reset: true);
        }
        else if (!other.IsCompleted && terminationDelay >= TimeSpan.Zero)
        {
            // The shared wheel closes the connection if the other direction outlives the delay; its pump
            // then ends with an error, below.
            idle.TerminateAfter(terminationDelay);
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
}
