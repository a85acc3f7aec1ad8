using System.Text.Json;

namespace TcpRouting.Translation.Output;

/// <summary>One route of <see cref="RouteTableJson"/>: id, source, match, priority, tls, middlewares, backends.</summary>
internal static class RouteJson
{
    public static void Write(Utf8JsonWriter w, Route route)
    {
        w.WriteStartObject();
        w.WriteString("id", route.Id);
        w.WriteStartObject("source");
        w.WriteString("kind", route.Source.Kind);
        w.WriteString("namespace", route.Source.Namespace);
        w.WriteString("name", route.Source.Name);
        w.WriteEndObject();
        w.WriteString("match", route.Rule);
        w.WriteNumber("priority", route.Priority);
        WriteTls(w, route.Tls);
        w.WriteStartArray("middlewares");
        foreach (var m in route.Middlewares)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            switch (m)
            {
                case IpAllowListMiddleware allow:
                    w.WriteString("type", "ipAllowList");
                    w.WriteStartArray("sourceRange");
                    foreach (var range in allow.SourceRanges)
                    {
                        w.WriteStringValue(range.ToString());
                    }

                    w.WriteEndArray();
                    break;
                case InFlightConnMiddleware inFlight:
                    w.WriteString("type", "inFlightConn");
                    w.WriteNumber("amount", inFlight.Amount);
                    break;
                default:
                    w.WriteString("type", m.GetType().Name);
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("backends");
        foreach (var b in route.Backends)
        {
            WriteBackend(w, b);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTls(Utf8JsonWriter w, RouteTls tls)
    {
        w.WriteStartObject("tls");
        w.WriteString("mode", tls.Mode.ToString().ToLowerInvariant());
        if (tls.Termination is { } t)
        {
            w.WriteStartArray("certificates");
            foreach (var c in t.Certificates)
            {
                w.WriteStringValue(c.Id);
            }

            w.WriteEndArray();
            RouteTableJson.WriteOptional(w, "defaultCertificate", t.DefaultCertificate?.Id);
            w.WriteString("options", t.Options.Name);
        }

        w.WriteEndObject();
    }

    private static void WriteBackend(Utf8JsonWriter w, Backend b)
    {
        w.WriteStartObject();
        w.WriteString("name", b.Name);
        w.WriteNumber("weight", b.Weight);
        w.WriteStartArray("endpoints");
        foreach (var e in b.Endpoints)
        {
            w.WriteStringValue(e.ToString());
        }

        w.WriteEndArray();

        // Beyond the three required fields, only what differs from the defaults, to keep the output short.
        if (b.ProxyProtocol != 0)
        {
            w.WriteNumber("proxyProtocol", b.ProxyProtocol);
        }

        if (b.Transport != BackendTransport.Default)
        {
            w.WriteStartObject("transport");
            w.WriteString("name", b.Transport.Name);
            w.WriteString("dialTimeout", b.Transport.DialTimeout.ToString("c"));
            w.WriteString("terminationDelay", b.Transport.TerminationDelay.ToString("c"));
            if (b.Transport.Tls is { } tls)
            {
                w.WriteStartObject("tls");
                RouteTableJson.WriteOptional(w, "serverName", tls.ServerName);
                w.WriteBoolean("insecureSkipVerify", tls.InsecureSkipVerify);
                w.WriteNumber("rootCAs", tls.RootCaPems.IsDefault ? 0 : tls.RootCaPems.Length);
                RouteTableJson.WriteOptional(w, "clientCertificate", tls.ClientCertificate?.Id);
                RouteTableJson.WriteOptional(w, "peerCertURI", tls.PeerCertUri);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        if (b.HealthCheck is { } check)
        {
            HealthCheckJson.Write(w, check);
        }

        w.WriteEndObject();
    }
}
