using TcpRouting.Fuzz.Support;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Fuzz.Targets;

/// <summary>
/// The PostgreSQL STARTTLS path of ConnectionPeeker: PostgresSslRequest.TryRead, exactly as the protocol
/// defines it (Done for the 8 byte SSLRequest, NeedMoreData for a shorter prefix of it, else NotThisProtocol)
/// whatever the segmentation; after it, the ClientHello reader on what follows.
/// </summary>
internal static class PostgresTarget
{
    public static void Run(byte[] data)
    {
        var expected = Expected(data);
        Check.That(PostgresSslRequest.TryRead(Segments.Whole(data)) == expected, $"one segment: {expected}");
        Check.That(PostgresSslRequest.TryRead(Segments.Bytewise(data)) == expected, $"one byte per segment: {expected}");
        Check.That(PostgresSslRequest.TryRead(Segments.Thirds(data)) == expected, $"three segments: {expected}");
        if (expected == PeekStatus.Done)
        {
            ClientHelloTarget.Run(data[PostgresSslRequest.Length..]);
        }
    }

    private static PeekStatus Expected(byte[] data)
    {
        var request = PostgresSslRequest.Bytes;
        var length = Math.Min(data.Length, request.Length);
        return !data.AsSpan(0, length).SequenceEqual(request[..length]) ? PeekStatus.NotThisProtocol
            : length == request.Length ? PeekStatus.Done
            : PeekStatus.NeedMoreData;
    }
}
