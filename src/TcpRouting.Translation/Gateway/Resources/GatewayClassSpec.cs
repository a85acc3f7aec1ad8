using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io GatewayClass spec.</summary>
public sealed class GatewayClassSpec
{
    [Description("The controller that manages Gateways of this class, e.g. tcprouting.dev/gateway-controller.")]
    public string ControllerName { get; init; } = string.Empty;

    [Description("A human-readable description of the class.")]
    public string? Description { get; init; }
}
