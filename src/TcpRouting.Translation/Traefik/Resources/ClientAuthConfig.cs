using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS client authentication of a TLSOption.</summary>
public sealed class ClientAuthConfig
{
    [Description("SecretNames defines the names of the referenced Kubernetes Secrets storing the client CA certificates.")]
    public List<string>? SecretNames { get; set; }

    [Description("ClientAuthType defines the client authentication type to apply.")]
    public TlsClientAuthType? ClientAuthType { get; set; }
}
