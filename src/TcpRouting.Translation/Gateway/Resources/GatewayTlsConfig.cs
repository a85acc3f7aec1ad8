using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A listener's TLS settings.</summary>
public sealed class GatewayTlsConfig
{
    [Description("Terminate (when omitted): the proxy ends TLS with certificateRefs. Passthrough: TLS is routed by SNI and forwarded as is.")]
    public GatewayTlsMode? Mode { get; init; }

    [Description("kubernetes.io/tls Secrets whose certificates are served in Terminate mode; a Secret in another namespace needs a ReferenceGrant there.")]
    public IReadOnlyList<SecretObjectReference>? CertificateRefs { get; init; }

    [Description("Implementation-specific settings. Accepted and ignored.")]
    public IReadOnlyDictionary<string, string>? Options { get; init; }
}
