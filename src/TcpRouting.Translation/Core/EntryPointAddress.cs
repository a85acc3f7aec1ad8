using System.Globalization;
using System.Net;

namespace TcpRouting.Translation.Core;

/// <summary>Parses an entry point address as Traefik writes it: ":5432", "0.0.0.0:5432", "127.0.0.1:5432",
/// "[::]:443", optionally with a "/tcp" suffix.</summary>
public static class EntryPointAddress
{
    public static bool TryParse(string? address, out IPEndPoint endPoint, out string? error)
    {
        endPoint = new IPEndPoint(IPAddress.Any, 0);
        error = null;
        var text = (address ?? string.Empty).Trim();
        if (text.EndsWith("/tcp", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }
        else if (text.Contains('/', StringComparison.Ordinal))
        {
            error = $"address \"{address}\" is not a TCP address (only the /tcp suffix is supported)";
            return false;
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            error = $"address \"{address}\" needs a port from 1 to 65535, e.g. \":5432\"";
            return false;
        }

        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        // ":5432" binds every interface, as in Traefik.
        IPAddress? ip = host.Length == 0 ? IPAddress.Any
            : host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IpAddressText.TryParse(host, out var parsed) ? parsed : null; // strict: "010.0.0.1" is not octal
        if (ip is null)
        {
            error = $"address \"{address}\" has a host that is not an IP address";
            return false;
        }

        endPoint = new IPEndPoint(ip, port);
        return true;
    }
}
