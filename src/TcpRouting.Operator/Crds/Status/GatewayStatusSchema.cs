using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>GatewayStatus (gateway-api apis/v1/gateway_types.go), schema only.</summary>
internal sealed record GatewayStatusSchema
{
    [Description("Addresses the proxy serves this Gateway on.")]
    [MaxLength(16)]
    public List<GatewayStatusAddressSchema>? Addresses { get; init; }

    [Description("Accepted and Programmed, as set by this operator.")]
    [MaxLength(8)]
    public List<ConditionSchema>? Conditions { get; init; }

    [Description("One entry per listener of the spec, by name.")]
    [MaxLength(64)]
    public List<ListenerStatusSchema>? Listeners { get; init; }
}
