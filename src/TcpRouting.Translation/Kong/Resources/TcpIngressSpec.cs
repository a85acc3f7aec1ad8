using System.ComponentModel;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>configuration.konghq.com/v1beta1 TCPIngress spec.</summary>
public sealed class TcpIngressSpec
{
    [Description("Rules: by port alone, or by port and SNI host with TLS ended at the proxy.")]
    public IReadOnlyList<TcpIngressRule> Rules { get; init; } = [];

    [Description("Certificates for the hosts of SNI rules, one kubernetes.io/tls Secret of this namespace per group of hosts.")]
    public IReadOnlyList<TcpIngressTls>? Tls { get; init; }
}
