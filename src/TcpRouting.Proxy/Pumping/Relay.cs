using System.Runtime.CompilerServices;
using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// Runs the two pumps of a connection. EOF on one side becomes a half-close on the other (inside the
/// pump); the reverse direction then lives on for at most the backend's terminationDelay (Traefik
/// ServersTransportTCP.terminationDelay; negative means no limit beyond the idle timeout). An error
/// on either side resets both (SO_LINGER 0), so neither peer mistakes a failure for a clean end; the
/// pumps do both themselves, so waiting for them needs no WhenAny or WhenAll.
/// </summary>
internal static class Relay
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public static async ValueTask RunAsync(ProxyConnection connection, ConnectionSide client, ConnectionSide backend,
        IdleWatch idle, TimeSpan terminationDelay)
    {
        var up = Pump.RunAsync(connection, client, backend, idle, clientToBackend: true, terminationDelay);
        var down = Pump.RunAsync(connection, backend, client, idle, clientToBackend: false, terminationDelay);
        var failed = !await Ended(up).ConfigureAwait(false);
        failed |= !await Ended(down).ConfigureAwait(false);
        connection.Close(failed ? CloseReason.Reset : CloseReason.Completed, reset: failed);
    }

    /// <summary>True when the pump ended cleanly; a failed one has already reset the connection.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<bool> Ended(ValueTask pump)
    {
        try
        {
            await pump.ConfigureAwait(false);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
