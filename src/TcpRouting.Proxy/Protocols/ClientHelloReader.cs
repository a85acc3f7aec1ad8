using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Reads SNI and ALPN from a TLS ClientHello that may be split across TCP segments and across several
/// TLS records (RFC 8446 section 5.1). Never throws on any input; never consumes the buffer.
/// </summary>
public static class ClientHelloReader
{
    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer, int maxBytes, out ClientHelloInfo? info)
    {
        info = null;
        return buffer.IsEmpty ? PeekStatus.NeedMoreData : PeekStatus.NotThisProtocol; // implemented by the parsers work
    }
}
