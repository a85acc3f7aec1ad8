using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Reads the length-prefixed vectors of the TLS presentation language (RFC 8446 section 3.4) without
/// copying: a vector is a slice of the sequence being read. Every method reports a short read as false.
/// </summary>
internal static class TlsVectors
{
    public static bool TryReadVector8(ref SequenceReader<byte> reader, out ReadOnlySequence<byte> body)
    {
        body = default;
        return reader.TryRead(out byte length) && reader.TryReadExact(length, out body);
    }

    public static bool TryReadVector16(ref SequenceReader<byte> reader, out ReadOnlySequence<byte> body)
    {
        body = default;
        return reader.TryReadBigEndian(out short length) && reader.TryReadExact((ushort)length, out body);
    }

    public static bool TrySkip(ref SequenceReader<byte> reader, int count)
    {
        if (reader.Remaining < count)
        {
            return false;
        }

        reader.Advance(count);
        return true;
    }
}
