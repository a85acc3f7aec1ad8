using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>GatewayClassStatus (gateway-api apis/v1/gatewayclass_types.go), schema only.</summary>
internal sealed record GatewayClassStatusSchema
{
    [Description("Accepted and SupportedVersion, as set by this operator.")]
    [MaxLength(8)]
    public List<ConditionSchema>? Conditions { get; init; }

    [Description("Gateway API features this operator implements for the class.")]
    [MaxLength(64)]
    public List<SupportedFeatureSchema>? SupportedFeatures { get; init; }
}
