using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>Reads an inbound PROXY protocol v1 or v2 header. Never throws on any input.</summary>
public static class ProxyProtocolReader
{
    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer, out ProxyHeader? header)
    {
        header = null;
        return buffer.IsEmpty ? PeekStatus.NeedMoreData : PeekStatus.NotThisProtocol; // implemented by the parsers work
    }
}
