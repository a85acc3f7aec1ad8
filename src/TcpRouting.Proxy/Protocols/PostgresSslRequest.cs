using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// PostgreSQL's SSLRequest (protocol section 53.2.10 / 55.2.10): an 8 byte message, length 8 and code
/// 80877103. The server answers one byte, 'S' to go on with a TLS handshake.
/// </summary>
/// <remarks>
/// Only the SSLRequest is Done. A GSSENCRequest (code 80877104) or a StartupMessage is NotThisProtocol:
/// routing by SNI needs TLS, and the caller then treats the connection as opaque bytes.
/// </remarks>
public static class PostgresSslRequest
{
    public const int Length = 8;

    /// <summary>'S': the server accepts TLS.</summary>
    public const byte AcceptByte = (byte)'S';

    /// <summary>Done when the buffer starts with the SSLRequest; NeedMoreData while it is a shorter prefix of it.</summary>
    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer)
    {
        Span<byte> scratch = stackalloc byte[Length];
        var head = ByteSequences.Head(buffer, scratch);
        if (!Bytes.StartsWith(head))
        {
            return PeekStatus.NotThisProtocol;
        }

        return head.Length == Length ? PeekStatus.Done : PeekStatus.NeedMoreData;
    }

    /// <summary>The 8 bytes of an SSLRequest, for replaying it to a passthrough backend.</summary>
    public static ReadOnlySpan<byte> Bytes => [0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x2F];
}
