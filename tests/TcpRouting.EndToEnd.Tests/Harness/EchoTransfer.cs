using System.Net.Sockets;
using System.Security.Cryptography;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>
/// Streams random bytes through an echo backend for a while, reading the echo concurrently; once every
/// byte is back it half-closes and reads to EOF. Both directions are hashed, so one lost or reordered
/// byte shows. It waits for the echo before its FIN because a proxy may end the reverse direction a
/// terminationDelay after a half-close (Traefik's default is 100 ms).
/// </summary>
internal static class EchoTransfer
{
    public static async Task<EchoTransferResult> RunAsync(int port, TimeSpan duration)
    {
        using var socket = await RawClient.ConnectAsync(port);
        using var sentHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var receivedHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var progress = new EchoProgress();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await socket.ReceiveAsync(buffer)) > 0)
            {
                receivedHash.AppendData(buffer, 0, read);
                progress.Received(read);
            }
        });

        var chunk = new byte[32 * 1024];
        long sent = 0;
        var until = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < until)
        {
            Random.Shared.NextBytes(chunk);
            var length = Random.Shared.Next(1, chunk.Length + 1);
            sentHash.AppendData(chunk, 0, length);
            await socket.SendAsync(chunk.AsMemory(0, length));
            sent += length;
        }

        await Task.WhenAny(progress.WaitForAsync(sent), reading).WaitAsync(TimeSpan.FromSeconds(60));
        socket.Shutdown(SocketShutdown.Send);
        await reading.WaitAsync(TimeSpan.FromSeconds(60));
        return new EchoTransferResult(sent, progress.Total, sentHash.GetHashAndReset(), receivedHash.GetHashAndReset());
    }
}
