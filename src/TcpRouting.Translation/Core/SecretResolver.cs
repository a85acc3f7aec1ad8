using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace TcpRouting.Translation.Core;

/// <summary>Reads kubernetes.io/tls Secrets into certificates, and CA bundles (ca.crt / tls.ca) into PEM.</summary>
public static class SecretResolver
{
    /// <summary>The certificate and key of a kubernetes.io/tls Secret (tls.crt, tls.key), with the names it serves.</summary>
    public static TlsCertificate? ResolveTls(ClusterIndex index, string @namespace, string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Find("Secret", @namespace, name) is not { } secret)
        {
            error = $"Secret {@namespace}/{name} not found";
            return null;
        }

        var certPem = Value(secret, "tls.crt", out error);
        var keyPem = error is null ? Value(secret, "tls.key", out error) : null;
        if (certPem is null || keyPem is null)
        {
            return null;
        }

        try
        {
            using var certificate = X509Certificate2.CreateFromPem(certPem, keyPem);
            error = null;
            return new TlsCertificate($"secret/{@namespace}/{name}", certPem, keyPem, DnsNames(certificate));
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            error = $"Secret {@namespace}/{name}: tls.crt/tls.key is not a valid PEM certificate and matching private key ({e.Message.TrimEnd('.')})";
            return null;
        }
    }

    /// <summary>The CA certificates (PEM) of a Secret: ca.crt, else tls.ca, else tls.crt (Traefik rootCAsSecrets and clientAuth).</summary>
    public static string? ResolveCaBundle(ClusterIndex index, string @namespace, string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Find("Secret", @namespace, name) is not { } secret)
        {
            error = $"Secret {@namespace}/{name} not found";
            return null;
        }

        foreach (var key in (string[])["ca.crt", "tls.ca", "tls.crt"])
        {
            if (Value(secret, key, out _) is not { } pem)
            {
                continue;
            }

            try
            {
                var certificates = new X509Certificate2Collection();
                certificates.ImportFromPem(pem);
                if (certificates.Count > 0)
                {
                    foreach (var c in certificates)
                    {
                        c.Dispose();
                    }

                    error = null;
                    return pem;
                }
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                // Reported below with the key name.
            }

            error = $"Secret {@namespace}/{name}: {key} holds no valid PEM certificate";
            return null;
        }

        error = $"Secret {@namespace}/{name} has no ca.crt, tls.ca or tls.crt";
        return null;
    }

    /// <summary>SAN DNS names, else the subject CN (RFC 6125 §6.4.4), lower case and ordered.</summary>
    private static ImmutableArray<string> DnsNames(X509Certificate2 certificate)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var extension in certificate.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension san)
            {
                foreach (var dns in san.EnumerateDnsNames())
                {
                    names.Add(dns.ToLowerInvariant());
                }
            }
        }

        if (names.Count == 0 && certificate.GetNameInfo(X509NameType.SimpleName, false) is { Length: > 0 } cn)
        {
            names.Add(cn.ToLowerInvariant());
        }

        return [.. names];
    }

    /// <summary>A data (base64) or stringData value; stringData wins, as the API server merges it over data.</summary>
    private static string? Value(KubeObject secret, string key, out string? error)
    {
        error = null;
        if (secret.Json.TryGetProperty("stringData", out var stringData) && KubeJsonRead.String(stringData, key) is { } plain)
        {
            return plain;
        }

        var data = KubeJsonRead.Object(secret.Json, "data");
        if (KubeJsonRead.String(data, key) is not { } encoded)
        {
            error = $"Secret {secret.Namespace}/{secret.Name} has no {key}";
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            error = $"Secret {secret.Namespace}/{secret.Name}: data.{key} is not valid base64";
            return null;
        }
    }
}
