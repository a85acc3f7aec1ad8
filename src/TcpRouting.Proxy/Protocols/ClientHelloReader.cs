using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Reads SNI and ALPN from a TLS ClientHello that may be split across TCP segments and across several
/// TLS records (RFC 8446 section 5.1). Never throws on any input; never consumes the buffer.
/// </summary>
/// <remarks>
/// Two steps: <see cref="TryFrame"/> walks the record layer to find where the handshake message ends,
/// answering NeedMoreData only while every byte seen so far is consistent; then the body is parsed from a
/// slice of the buffer when one record holds it, or from a pooled copy of the fragments when it spans
/// records (large post-quantum key shares do).
/// </remarks>
public static class ClientHelloReader
{
    private const int RecordHeaderLength = 5;
    private const int HandshakeHeaderLength = 4;
    private const byte ContentTypeHandshake = 22;
    private const byte HandshakeTypeClientHello = 1;

    // RFC 8446 section 5.1 holds plaintext records to 2^14 bytes; RFC 5246 section 6.2.3 lets a record
    // reach 2^14 + 2048, the slack some stacks still accept.
    private const int MaxRecordLength = (1 << 14) + 2048;

    // legacy_version 2 + random 32 + session id vector 1 + cipher suites vector 2 + one suite 2
    // + compression vector 1 + one method 1 (RFC 8446 section 4.1.2).
    private const int MinClientHelloBodyLength = 41;

    public static PeekStatus TryRead(in ReadOnlySequence<byte> buffer, int maxBytes, out ClientHelloInfo? info)
    {
        info = null;
        var status = TryFrame(buffer, maxBytes, out var frame);
        if (status != PeekStatus.Done)
        {
            return status;
        }

        if (frame.RecordCount == 1)
        {
            var body = buffer.Slice(RecordHeaderLength + HandshakeHeaderLength, frame.BodyLength);
            return ClientHelloParser.Parse(body, frame.End, out info);
        }

        var rented = ArrayPool<byte>.Shared.Rent(frame.BodyLength);
        try
        {
            CopyBody(buffer, frame, rented);
            return ClientHelloParser.Parse(new ReadOnlySequence<byte>(rented, 0, frame.BodyLength), frame.End, out info);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal static PeekStatus TryFrame(in ReadOnlySequence<byte> buffer, long maxBytes, out ClientHelloFrame frame)
    {
        frame = default;
        var reader = new SequenceReader<byte>(buffer);
        Span<byte> handshakeHeader = stackalloc byte[HandshakeHeaderLength];
        var headerBytes = 0;
        long messageLength = -1; // header + body, once the header is known
        long seen = 0;           // handshake bytes in the complete records walked so far
        var records = 0;

        while (true)
        {
            var status = ReadRecordHeader(ref reader, records == 0, maxBytes, out var fragmentLength);
            if (status != PeekStatus.Done)
            {
                return status;
            }

            if (reader.Consumed + fragmentLength > maxBytes)
            {
                return PeekStatus.TooLarge;
            }

            // The handshake header may itself be split across records (RFC 8446 section 5.1 allows any split).
            // Until the header is complete, every earlier record held only header bytes, so it starts here.
            for (var k = 0; headerBytes < HandshakeHeaderLength && k < fragmentLength && reader.TryPeek(k, out var b); k++)
            {
                handshakeHeader[headerBytes++] = b;
            }

            if (headerBytes > 0 && handshakeHeader[0] != HandshakeTypeClientHello)
            {
                return PeekStatus.Invalid;
            }

            if (messageLength < 0 && headerBytes == HandshakeHeaderLength)
            {
                var bodyLength = (handshakeHeader[1] << 16) | (handshakeHeader[2] << 8) | handshakeHeader[3];
                if (bodyLength < MinClientHelloBodyLength)
                {
                    return PeekStatus.Invalid;
                }

                messageLength = HandshakeHeaderLength + bodyLength;
            }

            // Even the best case, the rest of the message in this record, must fit the cap.
            if (messageLength >= 0 && reader.Consumed + (messageLength - seen) > maxBytes)
            {
                return PeekStatus.TooLarge;
            }

            if (reader.Remaining < fragmentLength)
            {
                return PeekStatus.NeedMoreData;
            }

            reader.Advance(fragmentLength);
            seen += fragmentLength;
            records++;
            if (messageLength >= 0 && seen >= messageLength)
            {
                // The ClientHello is the client's whole first flight and must end on a record boundary
                // before any key change (RFC 8446 section 5.1): trailing handshake bytes are malformed.
                if (seen != messageLength)
                {
                    return PeekStatus.Invalid;
                }

                frame = new ClientHelloFrame((int)(messageLength - HandshakeHeaderLength), records, reader.Consumed);
                return PeekStatus.Done;
            }
        }
    }

    private static PeekStatus ReadRecordHeader(ref SequenceReader<byte> reader, bool first, long maxBytes, out int fragmentLength)
    {
        fragmentLength = 0;
        if (!reader.TryPeek(0, out var contentType))
        {
            return NeedMore(reader.Consumed + RecordHeaderLength, maxBytes);
        }

        if (contentType != ContentTypeHandshake)
        {
            return first ? NotHandshake(reader, maxBytes) : PeekStatus.Invalid;
        }

        // legacy_record_version: 3.0 (SSL 3.0) to 3.4; TLS 1.3 clients send 0x0301 or 0x0303.
        if ((reader.TryPeek(1, out var major) && major != 3) || (reader.TryPeek(2, out var minor) && minor > 4))
        {
            return first ? PeekStatus.NotThisProtocol : PeekStatus.Invalid;
        }

        if (reader.Remaining < RecordHeaderLength)
        {
            return NeedMore(reader.Consumed + RecordHeaderLength, maxBytes);
        }

        reader.Advance(3);
        reader.TryReadBigEndian(out short length);
        fragmentLength = (ushort)length;

        // Zero-length handshake fragments are forbidden (RFC 8446 section 5.1).
        return fragmentLength is 0 or > MaxRecordLength ? PeekStatus.Invalid : PeekStatus.Done;
    }

    /// <summary>
    /// Not a handshake record. An SSL 2.0 compatible ClientHello (RFC 5246 appendix E.2: a two byte length
    /// with the high bit set, then msg_type 1) is a TLS client we refuse, so it is Invalid, not another protocol.
    /// </summary>
    private static PeekStatus NotHandshake(in SequenceReader<byte> reader, long maxBytes)
    {
        reader.TryPeek(0, out var first);
        if ((first & 0x80) == 0)
        {
            return PeekStatus.NotThisProtocol;
        }

        if (!reader.TryPeek(2, out var messageType))
        {
            return NeedMore(3, maxBytes);
        }

        return messageType == HandshakeTypeClientHello ? PeekStatus.Invalid : PeekStatus.NotThisProtocol;
    }

    private static PeekStatus NeedMore(long needed, long maxBytes) =>
        needed > maxBytes ? PeekStatus.TooLarge : PeekStatus.NeedMoreData;

    /// <summary>Concatenates the body bytes of the handshake message from the fragments of its records.</summary>
    private static void CopyBody(in ReadOnlySequence<byte> buffer, ClientHelloFrame frame, byte[] destination)
    {
        var reader = new SequenceReader<byte>(buffer);
        var body = destination.AsSpan(0, frame.BodyLength);
        long position = 0; // offset in the handshake message of the current fragment's first byte
        var written = 0;
        for (var i = 0; i < frame.RecordCount; i++)
        {
            reader.Advance(3);
            reader.TryReadBigEndian(out short length);
            var fragmentLength = (ushort)length;
            var skip = (int)Math.Clamp(HandshakeHeaderLength - position, 0, fragmentLength);
            var take = fragmentLength - skip;
            reader.Advance(skip);
            reader.TryCopyTo(body.Slice(written, take));
            reader.Advance(take);
            written += take;
            position += fragmentLength;
        }
    }
}
