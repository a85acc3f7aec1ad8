namespace TcpRouting.Translation.Core;

/// <summary>Reads kubernetes.io/tls Secrets into certificates, and CA bundles (ca.crt / tls.ca) into PEM.</summary>
public static class SecretResolver
{
    public static TlsCertificate? ResolveTls(ClusterIndex index, string @namespace, string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(index);
        error = $"Secret {@namespace}/{name} not found"; // filled in by the translation work
        return null;
    }
}
