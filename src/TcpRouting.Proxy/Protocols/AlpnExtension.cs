using System.Buffers;
using System.Text;

namespace TcpRouting.Proxy.Protocols;

/// <summary>The application_layer_protocol_negotiation extension of a ClientHello (RFC 7301 section 3.1).</summary>
internal static class AlpnExtension
{
    /// <summary>
    /// Reads the protocol names in the client's order. False when the list is empty, a name is empty, or
    /// the lengths do not add up ("ProtocolName protocol_name_list&lt;2..2^16-1&gt;", names of 1 to 255 bytes).
    /// </summary>
    public static bool TryRead(in ReadOnlySequence<byte> data, out IReadOnlyList<string> protocols)
    {
        protocols = [];
        var reader = new SequenceReader<byte>(data);
        if (!TlsVectors.TryReadVector16(ref reader, out var list) || !reader.End || list.IsEmpty)
        {
            return false;
        }

        var count = 0;
        var names = new SequenceReader<byte>(list);
        while (!names.End)
        {
            if (!TlsVectors.TryReadVector8(ref names, out var name) || name.IsEmpty)
            {
                return false;
            }

            count++;
        }

        var result = new string[count];
        names = new SequenceReader<byte>(list);
        Span<byte> scratch = stackalloc byte[byte.MaxValue];
        for (var i = 0; i < count; i++)
        {
            TlsVectors.TryReadVector8(ref names, out var name);
            result[i] = ToName(ByteSequences.Contiguous(name, scratch));
        }

        protocols = result;
        return true;
    }

    /// <summary>
    /// Names are opaque bytes, so Latin-1 keeps each byte as one char; the usual ones reuse a literal
    /// instead of allocating per connection.
    /// </summary>
    private static string ToName(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("h2"u8) ? "h2"
        : name.SequenceEqual("http/1.1"u8) ? "http/1.1"
        : name.SequenceEqual("postgresql"u8) ? "postgresql"
        : Encoding.Latin1.GetString(name);
}
