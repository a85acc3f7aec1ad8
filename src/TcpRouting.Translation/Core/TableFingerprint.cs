using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using TcpRouting.Translation.Rules;

namespace TcpRouting.Translation.Core;

/// <summary>
/// SHA-256 over a canonical serialisation of everything the proxy uses (listeners, options, routes, TLS with
/// certificate PEMs, middlewares, backends and transports), so equal tables get equal fingerprints and a swap
/// of an equal table can be skipped.
/// </summary>
internal static class TableFingerprint
{
    public static string Compute(ImmutableArray<Listener> listeners)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var l in listeners)
            {
                w.WriteStartArray();
                w.WriteStringValue(l.Name);
                w.WriteStringValue(l.EndPoint.ToString());
                WriteOptions(w, l.Options);
                foreach (var r in l.Routes)
                {
                    WriteRoute(w, r);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteOptions(Utf8JsonWriter w, ListenerOptions o)
    {
        w.WriteStartArray();
        foreach (var n in o.ProxyProtocolTrustedIps)
        {
            w.WriteStringValue(n.ToString());
        }

        w.WriteBooleanValue(o.ProxyProtocolInsecure);
        w.WriteNumberValue(o.PeekTimeout.Ticks);
        w.WriteNumberValue(o.IdleTimeout.Ticks);
        w.WriteNumberValue(o.MaxClientHelloBytes);
        w.WriteNumberValue(o.GracePeriod.Ticks);
        w.WriteEndArray();
    }

    private static void WriteRoute(Utf8JsonWriter w, Route r)
    {
        w.WriteStartArray();
        w.WriteStringValue(r.Id);
        w.WriteStringValue(r.Source.ToString());
        w.WriteStringValue(r.Rule);
        w.WriteStringValue(MatcherText.Format(r.Match));
        w.WriteNumberValue(r.Priority);
        w.WriteStringValue(r.Tls.Mode.ToString());
        if (r.Tls.Termination is { } t)
        {
            foreach (var c in t.Certificates)
            {
                WriteCertificate(w, c);
            }

            w.WriteStringValue("default");
            WriteCertificate(w, t.DefaultCertificate);
            var o = t.Options;
            w.WriteStringValue(o.Name);
            w.WriteStringValue(o.MinVersion?.ToString());
            w.WriteStringValue(o.MaxVersion?.ToString());
            WriteStrings(w, o.CipherSuites);
            WriteStrings(w, o.AlpnProtocols);
            w.WriteBooleanValue(o.SniStrict);
            w.WriteStringValue(o.ClientAuth.ToString());
            WriteStrings(w, o.ClientCaPems);
        }

        foreach (var m in r.Middlewares)
        {
            w.WriteStringValue(m.Id);
            switch (m)
            {
                case IpAllowListMiddleware a:
                    WriteStrings(w, [.. a.SourceRanges.Select(s => s.ToString())]);
                    break;
                case InFlightConnMiddleware f:
                    w.WriteNumberValue(f.Amount);
                    break;
                default:
                    w.WriteStringValue(m.ToString());
                    break;
            }
        }

        foreach (var b in r.Backends)
        {
            w.WriteStartArray();
            w.WriteStringValue(b.Id);
            w.WriteStringValue(b.Name);
            w.WriteNumberValue(b.Weight);
            w.WriteNumberValue(b.ProxyProtocol);
            WriteStrings(w, [.. b.Endpoints.Select(e => e.ToString())]);
            w.WriteStringValue(b.Transport.Name);
            w.WriteNumberValue(b.Transport.DialTimeout.Ticks);
            w.WriteNumberValue(b.Transport.TerminationDelay.Ticks);
            if (b.Transport.Tls is { } tls)
            {
                w.WriteStringValue(tls.ServerName);
                w.WriteBooleanValue(tls.InsecureSkipVerify);
                WriteStrings(w, tls.RootCaPems);
                WriteCertificate(w, tls.ClientCertificate);
                w.WriteStringValue(tls.PeerCertUri);
            }

            // A record of values only: its text is canonical (TimeSpan prints invariantly).
            w.WriteStringValue(b.HealthCheck?.ToString());
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void WriteCertificate(Utf8JsonWriter w, TlsCertificate? c)
    {
        if (c is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartArray();
        w.WriteStringValue(c.Id);
        w.WriteStringValue(c.CertificatePem);
        w.WriteStringValue(c.PrivateKeyPem);
        WriteStrings(w, c.DnsNames);
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, ImmutableArray<string> values)
    {
        w.WriteStartArray();
        foreach (var v in values.IsDefault ? [] : values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
