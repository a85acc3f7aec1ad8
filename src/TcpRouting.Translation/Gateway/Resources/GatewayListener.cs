using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>One Gateway listener: a port, a protocol and which routes may attach.</summary>
public sealed class GatewayListener
{
    [Description("Listener name, unique in this Gateway; a route picks it with parentRefs[].sectionName.")]
    [Required]
    public string Name { get; init; } = string.Empty;

    [Description("TLS listeners: the server name (SNI) it answers for; \"*.example.com\" covers one label. Not used on TCP listeners.")]
    public string? Hostname { get; init; }

    [Description("Port the proxy listens on, 1 to 65535.")]
    [Required]
    public int Port { get; init; }

    [Description("TCP or TLS. Other protocols (HTTP, HTTPS, UDP) are reported with the UnsupportedProtocol reason.")]
    [Required]
    public string Protocol { get; init; } = string.Empty;

    [Description("How TLS is handled; needed when the protocol is TLS.")]
    public GatewayTlsConfig? Tls { get; init; }

    [Description("Limits which routes may attach, by namespace and kind.")]
    public AllowedRoutes? AllowedRoutes { get; init; }
}
