using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>One Gateway listener: a port, a protocol and which routes may attach.</summary>
public sealed class GatewayListener
{
    [Description("The listener name, unique within the Gateway; routes select it with parentRefs[].sectionName.")]
    public string Name { get; init; } = string.Empty;

    [Description("For TLS listeners, the SNI host names served (\"*.example.com\" is a wildcard); ignored for TCP.")]
    public string? Hostname { get; init; }

    [Description("The network port, 1 to 65535.")]
    public int Port { get; init; }

    [Description("The protocol: TCP or TLS here (HTTP, HTTPS and UDP are reported as UnsupportedProtocol).")]
    public string Protocol { get; init; } = string.Empty;

    [Description("TLS settings; required when the protocol is TLS.")]
    public GatewayTlsConfig? Tls { get; init; }

    [Description("Which routes may attach: namespaces and kinds.")]
    public AllowedRoutes? AllowedRoutes { get; init; }
}
