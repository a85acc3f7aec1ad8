using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io Gateway spec: the class, listeners and requested addresses.</summary>
public sealed class GatewaySpec
{
    [Description("The name of the GatewayClass this Gateway belongs to.")]
    public string GatewayClassName { get; init; } = string.Empty;

    [Description("Logical endpoints bound on this Gateway's addresses; at least one.")]
    public IReadOnlyList<GatewayListener> Listeners { get; init; } = [];

    [Description("Addresses requested for this Gateway (IPAddress, Hostname or implementation-specific).")]
    public IReadOnlyList<GatewayAddress>? Addresses { get; init; }
}
