using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>GatewayStatus (gateway-api apis/v1/gateway_types.go), schema only.</summary>
internal sealed record GatewayStatusSchema
{
    [Description("Addresses lists the network addresses that have been bound to the Gateway.")]
    [MaxLength(16)]
    public List<GatewayStatusAddressSchema>? Addresses { get; init; }

    [Description("Conditions describe the current conditions of the Gateway (Accepted, Programmed).")]
    [MaxLength(8)]
    public List<ConditionSchema>? Conditions { get; init; }

    [Description("Listeners provide status for each unique listener port defined in the Spec.")]
    [MaxLength(64)]
    public List<ListenerStatusSchema>? Listeners { get; init; }
}
