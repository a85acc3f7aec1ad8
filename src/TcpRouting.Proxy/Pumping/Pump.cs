using System.Runtime.CompilerServices;
using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// Copies one direction of a connection until EOF, then half-closes the other side (Shutdown(Send)),
/// as Traefik's and HAProxy's TCP relays do. The hot path:
/// - waits with a zero-byte read, so an idle direction holds no buffer (Kestrel's
///   WaitForDataBeforeAllocatingBuffer); a buffer is taken only when bytes are ready and kept while
///   reads fill it (a bulk transfer), returned as soon as a read comes back short;
/// - one buffer per direction and no read before the previous write completed: a slow reader stalls
///   its writer through TCP flow control instead of growing memory;
/// - one pooled <see cref="SocketOperation"/> per direction for plain sockets, and a pooled state
///   machine: nothing allocated per read, write or pump;
/// - bytes are counted in a local and reported once, when the pump ends.
/// How the pump ends decides for the connection: an error resets both sides at once; the first clean
/// EOF arms the termination delay for the other direction (Traefik ServersTransportTCP.terminationDelay).
/// </summary>
internal static class Pump
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public static async ValueTask RunAsync(ProxyConnection connection, ConnectionSide from, ConnectionSide to, IdleWatch idle,
        bool clientToBackend, TimeSpan terminationDelay)
    {
        long total = 0;
        var first = false;
        byte[]? buffer = null;
        var operation = SocketOperation.Rent();
        var fromSocket = from.Socket;
        var fromTls = from.Tls;
        var toSocket = to.Socket;
        var toTls = to.Tls;
        try
        {
            while (true)
            {
                if (buffer is null)
                {
                    _ = fromTls is null
                        ? await operation.ReceiveAsync(fromSocket, Memory<byte>.Empty).ConfigureAwait(false)
                        : await fromTls.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false);
                    buffer = BufferPool.Rent();
                }

                var read = fromTls is null
                    ? await operation.ReceiveAsync(fromSocket, buffer).ConfigureAwait(false)
                    : await fromTls.ReadAsync(buffer.AsMemory()).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                idle.Touch();
                if (toTls is null)
                {
                    var sent = 0;
                    while (sent < read)
                    {
                        sent += await operation.SendAsync(toSocket, buffer.AsMemory(sent, read - sent)).ConfigureAwait(false);
                    }
                }
                else
                {
                    await toTls.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
                }

                total += read;
                if (read < buffer.Length)
                {
                    BufferPool.Return(buffer);
                    buffer = null;
                }
            }

            // Our FIN goes out now only while the other direction lives on. When it has ended too, the relay closes
            // both sockets next and close(2) sends the same FIN: one syscall fewer per connection, as HAProxy does.
            // TLS still sends its close_notify (RFC 8446 section 6.1).
            first = connection.Stats.FirstPumpEnded();
            if (first || to.Tls is not null)
            {
                await to.ShutdownSendAsync().ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Either side failed (or we closed the sockets): neither peer may mistake that for a clean end.
            connection.Close(CloseReason.Reset, reset: true);
            throw;
        }
        finally
        {
            if (buffer is not null)
            {
                BufferPool.Return(buffer);
            }

            SocketOperation.Return(operation); // no operation is pending once the pump got here
            connection.Stats.Add(clientToBackend, total);
        }

        if (first && terminationDelay >= TimeSpan.Zero)
        {
            // The shared wheel closes the connection if the other direction outlives the delay.
            idle.TerminateAfter(terminationDelay);
        }
    }
}
