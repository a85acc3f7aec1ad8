using System.Globalization;

namespace TcpRouting.Translation.Ngrok;

/// <summary>An ngrok endpoint or upstream url, "scheme://host[:port]" (the scheme defaults to tcp).</summary>
internal sealed record NgrokUrl(string Scheme, string Host, int? Port)
{
    public static NgrokUrl? Parse(string? text, out string? error)
    {
        error = null;
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            error = "url is required";
            return null;
        }

        var separator = value.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? "tcp" : value[..separator].ToLowerInvariant();
        var rest = (separator < 0 ? value : value[(separator + 3)..]).TrimEnd('/');
        var colon = rest.LastIndexOf(':');
        var host = colon < 0 ? rest : rest[..colon];
        int? port = null;
        if (colon >= 0)
        {
            if (!int.TryParse(rest.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                error = $"\"{value}\" has a port that is not from 1 to 65535";
                return null;
            }

            port = p;
        }

        if (host.Length == 0 || host.Contains('/', StringComparison.Ordinal))
        {
            error = $"\"{value}\" is not scheme://host[:port]";
            return null;
        }

        return new NgrokUrl(scheme, host.ToLowerInvariant(), port);
    }
}
