using System.Collections.Concurrent;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// Relay buffers: pinned (allocated on the pinned object heap, so socket I/O never pins them again) and
/// kept on a lock-free queue, as Kestrel's PinnedBlockMemoryPool does. A pump holds a buffer only
/// while data flows; idle connections hold none (see <see cref="Pump"/>).
/// </summary>
internal static class BufferPool
{
    /// <summary>Twice a TLS record (RFC 8446 section 5.1 caps plaintext at 16 KiB): few syscalls for bulk
    /// transfers, and the one bound on what a slow reader can make a direction hold.</summary>
    public const int BufferSize = 32 * 1024;

    // At most 32 MiB stays cached; beyond that returned buffers go to the GC.
    private const int MaxRetained = 1024;

    private static readonly ConcurrentQueue<byte[]> Free = new();
    private static int _retained;

    public static byte[] Rent()
    {
        if (Free.TryDequeue(out var buffer))
        {
            Interlocked.Decrement(ref _retained);
            return buffer;
        }

        return GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);
    }

    public static void Return(byte[] buffer)
    {
        if (Interlocked.Increment(ref _retained) <= MaxRetained)
        {
            Free.Enqueue(buffer);
        }
        else
        {
            Interlocked.Decrement(ref _retained);
        }
    }
}
