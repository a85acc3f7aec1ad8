using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS client authentication of a TLSOption.</summary>
public sealed class ClientAuthConfig
{
    [Description("Secrets in the TLSOption's namespace holding the CA certificates that client certificates are checked against.")]
    public List<string>? SecretNames { get; set; }

    [Description("Whether a client certificate is asked for, required, and checked against the CAs.")]
    public TlsClientAuthType? ClientAuthType { get; set; }
}
