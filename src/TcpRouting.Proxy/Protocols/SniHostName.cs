using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Checks and lower-cases a server_name host_name: "the fully qualified DNS hostname of the server",
/// ASCII, without IP literals' brackets (RFC 6066 section 3). Letters, digits, '-' and '_' in dot-separated
/// labels of 1 to 63 bytes, at most 253 bytes in all (RFC 1035 section 2.3.4). One trailing dot, which
/// some clients send for an absolute name, is dropped so that routing sees the name the user meant.
/// </summary>
internal static class SniHostName
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;

    public static bool TryNormalize(in ReadOnlySequence<byte> raw, out string? hostName)
    {
        hostName = null;
        if (raw.Length is 0 or > MaxLength + 1)
        {
            return false;
        }

        Span<byte> scratch = stackalloc byte[MaxLength + 1];
        var name = ByteSequences.Contiguous(raw, scratch);
        if (name[^1] == (byte)'.')
        {
            name = name[..^1];
        }

        if (name.IsEmpty || name.Length > MaxLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[name.Length];
        var labelLength = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == (byte)'.')
            {
                if (labelLength == 0)
                {
                    return false; // empty label: leading dot or ".."
                }

                labelLength = 0;
            }
            else if (!IsLabelByte(c) || ++labelLength > MaxLabelLength)
            {
                return false;
            }

            lower[i] = (char)(c is >= (byte)'A' and <= (byte)'Z' ? c + ('a' - 'A') : c);
        }

        if (labelLength == 0)
        {
            return false; // "a.." ends in an empty label even after the trailing dot is dropped
        }

        hostName = new string(lower);
        return true;
    }

    // '_' is not in RFC 952 host names but is common in service names and harmless for matching.
    private static bool IsLabelByte(byte c) =>
        c is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_';
}
