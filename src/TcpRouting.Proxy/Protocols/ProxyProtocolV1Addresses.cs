using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// The strict address and port forms of a v1 line (haproxy proxy-protocol.txt section 2.1): decimal numbers
/// without heading zeroes, "to avoid any possible confusion with octal numbers", which IPAddress.TryParse
/// would otherwise accept (and inet_aton-style shorthands like "10.1" with them).
/// </summary>
internal static class ProxyProtocolV1Addresses
{
    // "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255": the longest IPv6 text with an embedded IPv4 part.
    private const int MaxIPv6TextLength = 45;

    public static bool TryParseAddress(ReadOnlySpan<byte> text, bool ipv6, [NotNullWhen(true)] out IPAddress? address) =>
        ipv6 ? TryParseIPv6(text, out address) : TryParseIPv4(text, out address);

    public static bool TryParsePort(ReadOnlySpan<byte> text, out int port) => TryParseDecimal(text, ushort.MaxValue, out port);

    private static bool TryParseIPv4(ReadOnlySpan<byte> text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        Span<byte> octets = stackalloc byte[4];
        var count = 0;
        foreach (var range in text.Split((byte)'.'))
        {
            if (count == octets.Length || !TryParseDecimal(text[range], byte.MaxValue, out var octet))
            {
                return false;
            }

            octets[count++] = (byte)octet;
        }

        if (count != octets.Length)
        {
            return false;
        }

        address = new IPAddress(octets);
        return true;
    }

    /// <summary>Hex groups and colons (an embedded IPv4 tail allowed); no zone ids, which a header cannot carry.</summary>
    private static bool TryParseIPv6(ReadOnlySpan<byte> text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (text.Length > MaxIPv6TextLength)
        {
            return false;
        }

        Span<char> chars = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiHexDigit((char)text[i]) && text[i] is not (byte)':' and not (byte)'.')
            {
                return false;
            }

            chars[i] = (char)text[i];
        }

        return IPAddress.TryParse(chars, out address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static bool TryParseDecimal(ReadOnlySpan<byte> text, int max, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 5 || (text[0] == (byte)'0' && text.Length > 1))
        {
            return false;
        }

        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return value <= max;
    }
}
