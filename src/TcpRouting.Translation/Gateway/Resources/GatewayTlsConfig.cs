using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A listener's TLS settings.</summary>
public sealed class GatewayTlsConfig
{
    [Description("Terminate (the default) ends TLS here with certificateRefs; Passthrough forwards TLS untouched.")]
    public GatewayTlsMode? Mode { get; init; }

    [Description("kubernetes.io/tls Secrets served when the mode is Terminate; another namespace needs a ReferenceGrant.")]
    public IReadOnlyList<SecretObjectReference>? CertificateRefs { get; init; }

    [Description("Implementation-specific TLS options (ignored).")]
    public IReadOnlyDictionary<string, string>? Options { get; init; }
}
