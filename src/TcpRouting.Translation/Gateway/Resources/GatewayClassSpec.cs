using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io GatewayClass spec.</summary>
public sealed class GatewayClassSpec
{
    [Description("Controller that owns Gateways of this class; this operator takes classes naming its own controller (tcprouting.dev/gateway-controller by default).")]
    [Required]
    public string ControllerName { get; init; } = string.Empty;

    [Description("Free text for people; the operator does not read it.")]
    public string? Description { get; init; }
}
