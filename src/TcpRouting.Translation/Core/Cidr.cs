using System.Globalization;
using System.Net;

namespace TcpRouting.Translation.Core;

/// <summary>Parses "10.0.0.0/8", "fd00::/64" or a bare address (/32 or /128), as Go's net.ParseCIDR does: host
/// bits beyond the prefix are cleared ("10.0.0.1/8" is 10.0.0.0/8), where System.Net.IPNetwork would refuse. Addresses
/// are read strictly (<see cref="IpAddressText"/>): "010.0.0.1" is refused, not taken as octal 8.0.0.1.</summary>
public static class Cidr
{
    public static bool TryParse(string? text, out IPNetwork network, out string? error)
    {
        network = default;
        error = null;
        var value = (text ?? string.Empty).Trim();
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? value : value[..slash];
        if (!IpAddressText.TryParse(addressText, out var address))
        {
            error = $"\"{text}\" is not an IP address or CIDR";
            return false;
        }

        var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(value.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits
            || (value.Length > slash + 2 && value[slash + 1] == '0')))
        {
            error = $"\"{text}\" has an invalid prefix length (0 to {bits})";
            return false;
        }

        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        network = new IPNetwork(new IPAddress(bytes), prefix);
        return true;
    }
}
