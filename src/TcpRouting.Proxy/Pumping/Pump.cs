using System.Net.Sockets;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// Copies one direction of a connection until EOF, then half-closes the other side (Shutdown(Send)),
/// as Traefik's and HAProxy's TCP relays do. The hot path:
/// - waits with a zero-byte read, so an idle direction holds no buffer (Kestrel's
///   WaitForDataBeforeAllocatingBuffer); a buffer is taken only when bytes are ready and kept while
///   reads fill it (a bulk transfer), returned as soon as a read comes back short;
/// - one buffer per direction and no read before the previous write completed: a slow reader stalls
///   its writer through TCP flow control instead of growing memory;
/// - socket ValueTask APIs backed by the socket's cached event args: no allocation per read or write;
/// - bytes are counted in a local and reported once, when the pump ends.
/// </summary>
internal static class Pump
{
    public static async Task RunAsync(ConnectionSide from, ConnectionSide to, IdleWatch idle, RelayStats stats, bool clientToBackend)
    {
        long total = 0;
        byte[]? buffer = null;
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
                        ? await fromSocket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None).ConfigureAwait(false)
                        : await fromTls.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false);
                    buffer = BufferPool.Rent();
                }

                var read = fromTls is null
                    ? await fromSocket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None).ConfigureAwait(false)
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
                        sent += await toSocket.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None).ConfigureAwait(false);
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
        }
        finally
        {
            if (buffer is not null)
            {
                BufferPool.Return(buffer);
            }

            stats.Add(clientToBackend, total);
        }

        await to.ShutdownSendAsync().ConfigureAwait(false);
    }
}
