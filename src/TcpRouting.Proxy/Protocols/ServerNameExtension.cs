using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>The server_name extension of a ClientHello (RFC 6066 section 3).</summary>
internal static class ServerNameExtension
{
    private const byte HostNameType = 0;

    /// <summary>
    /// Reads the host_name entry, lower-cased; null when the list holds only other name types.
    /// False when the list is empty or malformed, holds two host names, or the name is not a DNS name.
    /// </summary>
    public static bool TryRead(in ReadOnlySequence<byte> data, out string? hostName)
    {
        hostName = null;
        var reader = new SequenceReader<byte>(data);
        if (!TlsVectors.TryReadVector16(ref reader, out var list) || !reader.End || list.IsEmpty)
        {
            return false;
        }

        var entries = new SequenceReader<byte>(list);
        while (!entries.End)
        {
            if (!entries.TryRead(out byte nameType) || !TlsVectors.TryReadVector16(ref entries, out var name))
            {
                return false;
            }

            if (nameType != HostNameType)
            {
                continue; // no other name type is defined; unknown ones are skipped
            }

            // "The ServerNameList MUST NOT contain more than one name of the same name_type."
            if (hostName is not null || !SniHostName.TryNormalize(name, out hostName))
            {
                return false;
            }
        }

        return true;
    }
}
