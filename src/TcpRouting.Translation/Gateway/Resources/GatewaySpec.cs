using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io Gateway spec: the class, listeners and requested addresses.</summary>
public sealed class GatewaySpec
{
    [Description("GatewayClass (by name) whose controller should serve this Gateway.")]
    [Required]
    public string GatewayClassName { get; init; } = string.Empty;

    [Description("The ports this Gateway opens, with protocol and TLS settings; at least one.")]
    [Required]
    [MinLength(1)]
    public IReadOnlyList<GatewayListener> Listeners { get; init; } = [];

    [Description("Addresses asked for. Accepted and ignored: the proxy binds its own addresses and reports them in status.")]
    public IReadOnlyList<GatewayAddress>? Addresses { get; init; }
}
