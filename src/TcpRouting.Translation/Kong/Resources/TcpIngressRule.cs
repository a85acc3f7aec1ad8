using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>A TCPIngress rule: a port, optionally an SNI host, and the Service it forwards to.</summary>
public sealed class TcpIngressRule
{
    [Description("Server name (SNI) to match. When set, the proxy ends TLS on this port with the certificate of the tls entry that lists the host.")]
    public string? Host { get; init; }

    [Description("Port the proxy accepts these connections on; it must be one of the proxy's stream listeners.")]
    [Required]
    public int Port { get; init; }

    [Description("Service the connections are forwarded to.")]
    [Required]
    public TcpIngressBackend Backend { get; init; } = new();
}
