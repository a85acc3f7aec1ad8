using System.Globalization;
using System.Text;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Core;

/// <summary>
/// A <see cref="ServerHealthCheck"/> (IngressRouteTCP field or Service annotation) into the Model's check. Traefik's
/// defaults (interval 30s, timeout 5s, unhealthyInterval = interval) and its payload bound (65535 bytes); where
/// Traefik falls back to a default on a bad value, we say which field is wrong and why.
/// </summary>
public static class HealthCheckReader
{
    /// <summary>Traefik's MaxPayloadSize for send and expect.</summary>
    public const int MaxPayload = 65535;

    /// <param name="transport">How the backend is dialled: a check on the endpoint's own port speaks TLS when it does.</param>
    /// <param name="problem">Called with (field, why) for each thing wrong; the result is null then.</param>
    public static HealthCheck? Read(ServerHealthCheck spec, string field, BackendTransport transport, Action<string, string> problem)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(problem);
        var ok = true;
        void Bad(string f, string why)
        {
            ok = false;
            problem($"{field}.{f}", why);
        }

        var interval = Duration(spec.Interval, "interval", Bad) ?? HealthCheck.Default.Interval;
        var unhealthy = Duration(spec.UnhealthyInterval, "unhealthyInterval", Bad) ?? interval;
        var timeout = Duration(spec.Timeout, "timeout", Bad) ?? HealthCheck.Default.Timeout;
        if (spec.Port is < 1 or > 65535)
        {
            Bad("port", "must be a port number from 1 to 65535");
        }

        if (spec.Rise is < 1 or > 100)
        {
            Bad("rise", "must be from 1 to 100");
        }

        if (spec.Fall is < 1 or > 100)
        {
            Bad("fall", "must be from 1 to 100");
        }

        var send = Payload(spec.Send, spec.SendHex, "send", Bad);
        var expect = Payload(spec.Expect, spec.ExpectHex, "expect", Bad);
        HttpHealthCheck? http = null;
        if (spec.Http is { } h)
        {
            if (send.Length > 0 || expect.Length > 0)
            {
                Bad("http", "cannot be combined with send or expect");
            }

            http = Http(h, Bad);
        }

        // TLS where the backend speaks it: a check on the endpoint's own port follows the transport; another port
        // (an HTTP API beside a database) is plain unless asked.
        var useTls = spec.Tls ?? (spec.Port is null && transport.Tls is not null);
        var tls = !useTls ? null
            : transport.Tls is { } t ? new HealthCheckTls(t.ServerName, t.InsecureSkipVerify, string.Concat(t.RootCaPems))
            : new HealthCheckTls(null, false, string.Empty);
        return !ok ? null : new HealthCheck(interval, unhealthy, timeout, spec.Rise ?? 1, spec.Fall ?? 1, spec.Port,
            send, expect, http, tls, spec.FailOpen ?? false);
    }

    private static TimeSpan? Duration(IntOrString? value, string field, Action<string, string> bad)
    {
        if (value is not { } v)
        {
            return null;
        }

        if ((v.IsInt ? GoDuration.TryParse(v.IntValue.ToString(CultureInfo.InvariantCulture), out var d) : GoDuration.TryParse(v.StringValue, out d)) && d > TimeSpan.Zero)
        {
            return d;
        }

        bad(field, $"\"{v}\" is not a positive duration (e.g. 10s, 500ms, or a number of seconds)");
        return null;
    }

    private static string Payload(string? text, string? hex, string field, Action<string, string> bad)
    {
        if (!string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(hex))
        {
            bad(field + "Hex", $"cannot be combined with {field}");
            return string.Empty;
        }

        byte[] bytes;
        if (!string.IsNullOrEmpty(hex))
        {
            try
            {
                bytes = Convert.FromHexString(hex);
            }
            catch (FormatException)
            {
                bad(field + "Hex", "is not hex (pairs of 0-9, a-f)");
                return string.Empty;
            }
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(text ?? string.Empty);
        }

        if (bytes.Length > MaxPayload)
        {
            bad(string.IsNullOrEmpty(hex) ? field : field + "Hex", $"is {bytes.Length} bytes; at most {MaxPayload}");
            return string.Empty;
        }

        return Convert.ToHexStringLower(bytes);
    }

    private static HttpHealthCheck? Http(HttpServerHealthCheck h, Action<string, string> bad)
    {
        var path = h.Path ?? string.Empty;
        if (!path.StartsWith('/') || path.Any(c => c <= ' ' || c == 0x7f))
        {
            bad("http.path", "must start with / and hold no spaces or control characters");
            return null;
        }

        if (h.ExpectedStatus is < 100 or > 599)
        {
            bad("http.expectedStatus", "must be an HTTP status from 100 to 599");
            return null;
        }

        if (h.Host is { } host && (host.Length == 0 || host.Any(c => c <= ' ' || c == 0x7f)))
        {
            bad("http.host", "must be a host name without spaces or control characters");
            return null;
        }

        return new HttpHealthCheck(path, h.ExpectedStatus ?? 200, h.Host);
    }
}
