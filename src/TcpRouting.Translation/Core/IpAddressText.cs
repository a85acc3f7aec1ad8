using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Translation.Core;

/// <summary>
/// Strict IP address text, as Go's net.ParseIP (Go 1.17+) and so Traefik read it: IPv4 is four decimal octets without
/// leading zeros; IPv6 is hex groups with colons (an embedded IPv4 tail under the same rule), no zone. IPAddress.TryParse
/// also takes inet_aton forms: "010.0.0.1" as octal (8.0.0.1), "10.1" and "0x0a.0.0.1", so an allow list or bind address
/// would silently mean something else than it reads.
/// </summary>
public static class IpAddressText
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (string.IsNullOrEmpty(text) || text.Length > 45)
        {
            return false;
        }

        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return IsStrictIPv4(text) && IPAddress.TryParse(text, out address);
        }

        // IPv6: only hex digits, colons and (for the IPv4 tail) dots; the tail after the last colon follows the IPv4 rule.
        var tail = text[(text.LastIndexOf(':') + 1)..];
        if (!text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.') || (tail.Contains('.', StringComparison.Ordinal) && !IsStrictIPv4(tail)))
        {
            return false;
        }

        return IPAddress.TryParse(text, out address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static bool IsStrictIPv4(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0') && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }
}
