using System.Buffers;
using System.Net;

namespace TcpRouting.Proxy.Protocols;

/// <summary>The text PROXY header, version 1 (haproxy proxy-protocol.txt section 2.1).</summary>
internal static class ProxyProtocolV1Parser
{
    /// <summary>The worst case line, "PROXY UNKNOWN" with two full IPv6 addresses and ports, CRLF included.</summary>
    public const int MaxLength = 107;

    private static ReadOnlySpan<byte> Prefix => "PROXY "u8;

    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer, out ProxyHeader? header)
    {
        header = null;
        Span<byte> scratch = stackalloc byte[MaxLength];
        var head = ByteSequences.Head(buffer, scratch);
        var prefixBytes = Math.Min(head.Length, Prefix.Length);
        if (!head[..prefixBytes].SequenceEqual(Prefix[..prefixBytes]))
        {
            return PeekStatus.NotThisProtocol;
        }

        for (var i = Prefix.Length; i < head.Length; i++)
        {
            if (head[i] == (byte)'\r')
            {
                // "The receiver must not tolerate a single CR or LF character to end the line."
                if (i + 1 == head.Length)
                {
                    return head.Length < MaxLength ? PeekStatus.NeedMoreData : PeekStatus.Invalid;
                }

                return head[i + 1] == (byte)'\n'
                    ? ParseLine(head[Prefix.Length..i], i + 2, out header)
                    : PeekStatus.Invalid;
            }

            // The line is US-ASCII text: anything else, a lone LF included, cannot start a header.
            if (head[i] is < 0x20 or > 0x7E)
            {
                return PeekStatus.Invalid;
            }
        }

        // "If the CRLF sequence is not found in the first 107 characters, the receiver should declare the line invalid."
        return head.Length < MaxLength ? PeekStatus.NeedMoreData : PeekStatus.Invalid;
    }

    /// <summary>Parses "TCP4|TCP6 src dst sport dport", or "UNKNOWN" followed by anything, which is ignored.</summary>
    private static PeekStatus ParseLine(ReadOnlySpan<byte> line, int length, out ProxyHeader? header)
    {
        header = null;
        if (line.SequenceEqual("UNKNOWN"u8) || line.StartsWith("UNKNOWN "u8))
        {
            header = new ProxyHeader(1, null, null, length);
            return PeekStatus.Done;
        }

        Span<Range> fields = stackalloc Range[6];
        var count = 0;
        foreach (var range in line.Split((byte)' '))
        {
            if (count == fields.Length)
            {
                return PeekStatus.Invalid;
            }

            fields[count++] = range;
        }

        if (count != 5)
        {
            return PeekStatus.Invalid;
        }

        var protocol = line[fields[0]];
        var ipv6 = protocol.SequenceEqual("TCP6"u8);
        if (!ipv6 && !protocol.SequenceEqual("TCP4"u8))
        {
            return PeekStatus.Invalid;
        }

        if (!ProxyProtocolV1Addresses.TryParseAddress(line[fields[1]], ipv6, out var source)
            || !ProxyProtocolV1Addresses.TryParseAddress(line[fields[2]], ipv6, out var destination)
            || !ProxyProtocolV1Addresses.TryParsePort(line[fields[3]], out var sourcePort)
            || !ProxyProtocolV1Addresses.TryParsePort(line[fields[4]], out var destinationPort))
        {
            return PeekStatus.Invalid;
        }

        header = new ProxyHeader(1, new IPEndPoint(source, sourcePort), new IPEndPoint(destination, destinationPort), length);
        return PeekStatus.Done;
    }
}
