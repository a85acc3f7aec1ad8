using System.Text.Json;

namespace TcpRouting.Translation.Output;

/// <summary>A backend's health check in `routes -o json` and /api/routes, with the names users write.</summary>
internal static class HealthCheckJson
{
    public static void Write(Utf8JsonWriter w, HealthCheck c)
    {
        w.WriteStartObject("healthCheck");
        w.WriteString("kind", c.Kind);
        if (c.Port is { } port)
        {
            w.WriteNumber("port", port);
        }

        w.WriteString("interval", c.Interval.ToString("c"));
        w.WriteString("unhealthyInterval", c.UnhealthyInterval.ToString("c"));
        w.WriteString("timeout", c.Timeout.ToString("c"));
        w.WriteNumber("rise", c.Rise);
        w.WriteNumber("fall", c.Fall);
        RouteTableJson.WriteOptional(w, "sendHex", c.SendHex.Length > 0 ? c.SendHex : null);
        RouteTableJson.WriteOptional(w, "expectHex", c.ExpectHex.Length > 0 ? c.ExpectHex : null);
        if (c.Http is { } http)
        {
            w.WriteStartObject("http");
            w.WriteString("path", http.Path);
            w.WriteNumber("expectedStatus", http.ExpectedStatus);
            RouteTableJson.WriteOptional(w, "host", http.Host);
            w.WriteEndObject();
        }

        w.WriteBoolean("tls", c.Tls is not null);
        w.WriteBoolean("failOpen", c.FailOpen);
        w.WriteEndObject();
    }
}
