using System.ComponentModel;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>configuration.konghq.com/v1beta1 TCPIngress spec.</summary>
public sealed class TcpIngressSpec
{
    [Description("Port-based (no host) or SNI-based (host, TLS terminated here) rules.")]
    public IReadOnlyList<TcpIngressRule> Rules { get; init; } = [];

    [Description("Certificates for the rules' hosts: a kubernetes.io/tls Secret of this namespace per set of hosts.")]
    public IReadOnlyList<TcpIngressTls>? Tls { get; init; }
}
