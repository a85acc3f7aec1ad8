using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using static TcpRouting.Proxy.Protocols.ProxyProtocolV2Format;

namespace TcpRouting.Proxy.Protocols;

/// <summary>The binary PROXY header, version 2 (haproxy proxy-protocol.txt section 2.2).</summary>
internal static class ProxyProtocolV2Parser
{
    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer, out ProxyHeader? header)
    {
        header = null;
        Span<byte> scratch = stackalloc byte[HeaderLength];
        var head = ByteSequences.Head(buffer, scratch);
        var signatureBytes = Math.Min(head.Length, Signature.Length);
        if (!head[..signatureBytes].SequenceEqual(Signature[..signatureBytes]))
        {
            return PeekStatus.NotThisProtocol;
        }

        // "The receiver must only accept" version 2; commands other than LOCAL and PROXY "must" drop.
        if (head.Length > 12 && (head[12] >> 4 != ProtocolVersion || (head[12] & 0xF) > CommandProxy))
        {
            return PeekStatus.Invalid;
        }

        var local = head.Length > 12 && (head[12] & 0xF) == CommandLocal;

        // LOCAL ignores the family byte; otherwise unassigned families and protocols "must be rejected".
        if (head.Length > 13 && !local && (head[13] >> 4 > FamilyUnix || (head[13] & 0xF) > TransportDgram))
        {
            return PeekStatus.Invalid;
        }

        if (head.Length < HeaderLength)
        {
            return PeekStatus.NeedMoreData;
        }

        var blockLength = BinaryPrimitives.ReadUInt16BigEndian(head[14..]);
        var length = HeaderLength + blockLength;
        if (buffer.Length < length)
        {
            return PeekStatus.NeedMoreData;
        }

        if (local)
        {
            // "The receiver must accept this connection as valid and must use the real connection endpoints."
            header = new ProxyHeader(2, null, null, length);
            return PeekStatus.Done;
        }

        return ParseBlock(buffer.Slice(HeaderLength, blockLength), head[13], length, out header);
    }

    private static PeekStatus ParseBlock(in ReadOnlySequence<byte> block, byte familyAndTransport, int length, out ProxyHeader? header)
    {
        header = null;
        var family = familyAndTransport >> 4;
        var transport = familyAndTransport & 0xF;
        if (family == FamilyUnspec || transport == TransportUnspec)
        {
            // The layout of the block is unknown, so it is skipped unread; "the receiver should ignore address information".
            header = new ProxyHeader(2, null, null, length);
            return PeekStatus.Done;
        }

        var addressLength = family switch
        {
            FamilyInet => Inet4AddressLength,
            FamilyInet6 => Inet6AddressLength,
            _ => UnixAddressLength,
        };

        if (block.Length < addressLength || !TlvsAddUp(block.Slice(addressLength)))
        {
            return PeekStatus.Invalid;
        }

        if (family == FamilyUnix)
        {
            header = new ProxyHeader(2, null, null, length); // a path is no IPEndPoint
            return PeekStatus.Done;
        }

        Span<byte> scratch = stackalloc byte[Inet6AddressLength];
        var addresses = ByteSequences.Contiguous(block.Slice(0, addressLength), scratch);
        var size = family == FamilyInet ? 4 : 16;
        var source = new IPAddress(addresses[..size]);
        var destination = new IPAddress(addresses.Slice(size, size));
        var sourcePort = BinaryPrimitives.ReadUInt16BigEndian(addresses[(2 * size)..]);
        var destinationPort = BinaryPrimitives.ReadUInt16BigEndian(addresses[((2 * size) + 2)..]);
        header = new ProxyHeader(2, new IPEndPoint(source, sourcePort), new IPEndPoint(destination, destinationPort), length);
        return PeekStatus.Done;
    }

    /// <summary>What follows the addresses is a chain of type, 16-bit length, value (section 2.2); it must fill the block exactly.</summary>
    private static bool TlvsAddUp(in ReadOnlySequence<byte> tlvs)
    {
        var reader = new SequenceReader<byte>(tlvs);
        while (!reader.End)
        {
            if (!reader.TryRead(out _) || !TlsVectors.TryReadVector16(ref reader, out _))
            {
                return false;
            }
        }

        return true;
    }
}
