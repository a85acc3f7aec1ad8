using System.Collections.Immutable;
using System.Text.Json;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>ServersTransportTCP into a Model BackendTransport (https://doc.traefik.io/traefik/routing/services/#serverstransport_2).</summary>
internal static class ServersTransportTcpTranslator
{
    public static ObjectStatus Translate(KubeObject o, TraefikContext context)
    {
        var status = new CrdStatusBuilder(o);
        var spec = SpecReader.Read<ServersTransportTcpSpec>(o, status);
        (BackendTransport, int)? result = null;
        if (spec is not null)
        {
            var defaults = BackendTransport.Default;
            var dial = Duration(spec.DialTimeout, "spec.dialTimeout", status) ?? defaults.DialTimeout;
            _ = Duration(spec.DialKeepAlive, "spec.dialKeepAlive", status);
            var termination = TerminationDelay(spec.TerminationDelay, status) ?? defaults.TerminationDelay;
            var proxyProtocol = spec.ProxyProtocol?.Version ?? 0;
            if (spec.ProxyProtocol is not null && proxyProtocol is not (1 or 2))
            {
                status.Invalid("spec.proxyProtocol.version", "must be 1 or 2");
            }

            var tls = spec.Tls is { } t ? Tls(t, o, context, status) : null;
            result = (new BackendTransport($"serverstransporttcp/{o.Namespace}/{o.Name}", dial, termination, tls), proxyProtocol);
        }

        context.Transports.TryAdd((o.Namespace, o.Name), status.HasProblems ? null : result);
        return status.Build(result is { } r ? $"dial timeout {r.Item1.DialTimeout}, termination delay {r.Item1.TerminationDelay}{(r.Item1.Tls is null ? string.Empty : ", TLS")}" : string.Empty);
    }

    private static BackendTls Tls(ServersTransportTls t, KubeObject o, TraefikContext context, CrdStatusBuilder status)
    {
        var roots = ImmutableArray.CreateBuilder<string>();
        var secrets = t.RootCAsSecrets ?? [];
        for (var i = 0; i < secrets.Count; i++)
        {
            AddCa(SecretResolver.ResolveCaBundle(context.Index, o.Namespace, secrets[i], out var error), error, $"spec.tls.rootCAsSecrets[{i}]", "SecretNotFound");
        }

        var rootCas = t.RootCAs ?? [];
        for (var i = 0; i < rootCas.Count; i++)
        {
            if (rootCas[i]?.Secret is { Length: > 0 } secret)
            {
                AddCa(SecretResolver.ResolveCaBundle(context.Index, o.Namespace, secret, out var error), error, $"spec.tls.rootCAs[{i}].secret", "SecretNotFound");
            }
            else if (rootCas[i]?.ConfigMap is { Length: > 0 } configMap)
            {
                AddCa(ConfigMapCa(context.Index, o.Namespace, configMap, out var error), error, $"spec.tls.rootCAs[{i}].configMap", "ConfigMapNotFound");
            }
            else
            {
                status.Invalid($"spec.tls.rootCAs[{i}]", "needs a secret or a configMap");
            }
        }

        TlsCertificate? client = null;
        var certificates = t.CertificatesSecrets ?? [];
        for (var i = 0; i < certificates.Count; i++)
        {
            var certificate = SecretResolver.ResolveTls(context.Index, o.Namespace, certificates[i], out var error);
            if (error is not null)
            {
                status.Unresolved($"spec.tls.certificatesSecrets[{i}]", "SecretNotFound", error);
            }

            client ??= certificate;
        }

        // Failing closed: a transport that asks for a check we do not make must not silently connect without it.
        if (t.Spiffe is not null)
        {
            status.Invalid("spec.tls.spiffe", "SPIFFE verification is not supported by this proxy");
        }

        if (t.PeerCertSans is { Count: > 0 })
        {
            status.Invalid("spec.tls.peerCertSANs", "checking backend certificate SANs is not supported by this proxy; use serverName or peerCertURI");
        }

        return new BackendTls(t.ServerName, t.InsecureSkipVerify ?? false, roots.ToImmutable(), client, t.PeerCertURI);

        void AddCa(string? pem, string? error, string field, string reason)
        {
            if (pem is not null)
            {
                roots.Add(pem);
            }
            else
            {
                status.Unresolved(field, reason, error!);
            }
        }
    }

    private static string? ConfigMapCa(ClusterIndex index, string @namespace, string name, out string? error)
    {
        error = null;
        if (index.Find("ConfigMap", @namespace, name) is not { } configMap)
        {
            error = $"ConfigMap {@namespace}/{name} not found";
            return null;
        }

        var data = configMap.Json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        foreach (var key in (string[])["ca.crt", "tls.ca", "tls.crt"])
        {
            if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } pem)
            {
                return pem;
            }
        }

        error = $"ConfigMap {@namespace}/{name} has no ca.crt, tls.ca or tls.crt";
        return null;
    }

    /// <summary>
    /// terminationDelay: a duration, where a negative one (`-1s`, -1) means Traefik never closes the other half for
    /// it (only the idle timeout ends the connection then).
    /// </summary>
    private static TimeSpan? TerminationDelay(IntOrString? value, CrdStatusBuilder status)
    {
        if (value is { } v && (v.IsInt ? v.IntValue < 0 : v.StringValue.TrimStart().StartsWith('-') && GoDuration.TryParse(v.StringValue.TrimStart()[1..], out var magnitude) && magnitude > TimeSpan.Zero))
        {
            return Timeout.InfiniteTimeSpan;
        }

        return Duration(value, "spec.terminationDelay", status);
    }

    /// <summary>A Traefik duration field: a number of seconds or a Go duration string.</summary>
    private static TimeSpan? Duration(IntOrString? value, string field, CrdStatusBuilder status)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (v.IsInt ? v.IntValue >= 0 && GoDuration.TryParse(v.ToString(), out var d) : GoDuration.TryParse(v.StringValue, out d))
        {
            return d;
        }

        status.Invalid(field, $"\"{v}\" is not a duration (e.g. 30s, 100ms, or a number of seconds)");
        return null;
    }
}
