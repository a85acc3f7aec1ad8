using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace TcpRouting.Testing.Network;

/// <summary>
/// Sends N pseudo-random bytes through an echo path while reading the echo, half-closes, reads to EOF,
/// and compares SHA-256 of what went out and what came back: every byte delivered, in order.
/// A reset surfaces as a SocketException or IOException.
/// </summary>
public static class HashCheckClient
{
    public static async Task<HashCheckResult> RunAsync(IPEndPoint endPoint, long bytes, int seed, CancellationToken cancellationToken)
    {
        using var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
        var sending = SendAsync(socket, bytes, seed, cancellationToken);
        var received = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
        var sent = await sending.ConfigureAwait(false);
        return new HashCheckResult(bytes, received.Count, sent.SequenceEqual(received.Hash));
    }

    private static async Task<byte[]> SendAsync(Socket socket, long bytes, int seed, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var random = new Random(seed);
        var chunk = new byte[16 * 1024];
        for (long left = bytes; left > 0;)
        {
            var size = (int)Math.Min(left, random.Next(1, chunk.Length + 1));
            random.NextBytes(chunk.AsSpan(0, size));
            hash.AppendData(chunk, 0, size);
            await socket.SendAsync(chunk.AsMemory(0, size), cancellationToken).ConfigureAwait(false);
            left -= size;
        }

        socket.Shutdown(SocketShutdown.Send);
        return hash.GetHashAndReset();
    }

    private static async Task<(long Count, byte[] Hash)> ReceiveAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long count = 0;
        int read;
        while ((read = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            count += read;
        }

        return (count, hash.GetHashAndReset());
    }
}
