using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Reads an inbound PROXY protocol v1 or v2 header. Never throws on any input. The first byte tells the
/// versions apart ('P' of "PROXY" or CR of the v2 signature, haproxy proxy-protocol.txt section 2.2), and
/// each answers NeedMoreData only while what it has is a consistent prefix of a header.
/// </summary>
public static class ProxyProtocolReader
{
    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer, out ProxyHeader? header)
    {
        header = null;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryPeek(out var first))
        {
            return PeekStatus.NeedMoreData;
        }

        return first switch
        {
            (byte)'P' => ProxyProtocolV1Parser.TryRead(buffer, out header),
            0x0D => ProxyProtocolV2Parser.TryRead(buffer, out header),
            _ => PeekStatus.NotThisProtocol,
        };
    }
}
