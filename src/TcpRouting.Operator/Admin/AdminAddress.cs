using System.Globalization;
using System.Net;
using TcpRouting.Translation.Core;

namespace TcpRouting.Operator.Admin;

/// <summary>The admin listener address: "127.0.0.1:9000", ":9000" (every interface), "[::1]:9000", "localhost:9000".
/// Port 0 picks a free port (tests).</summary>
internal static class AdminAddress
{
    public static bool TryParse(string? text, out IPEndPoint endPoint)
    {
        endPoint = new IPEndPoint(IPAddress.Loopback, 0);
        var value = (text ?? string.Empty).Trim();
        var colon = value.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            return false;
        }

        var host = value[..colon].Trim('[', ']');
        IPAddress? address = host.Length == 0 ? IPAddress.Any
            : host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IpAddressText.TryParse(host, out var parsed) ? parsed : null; // strict, as entry point addresses
        if (address is null)
        {
            return false;
        }

        endPoint = new IPEndPoint(address, port);
        return true;
    }
}
