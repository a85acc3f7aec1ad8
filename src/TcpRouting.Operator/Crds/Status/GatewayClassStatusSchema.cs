using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>GatewayClassStatus (gateway-api apis/v1/gatewayclass_types.go), schema only.</summary>
internal sealed record GatewayClassStatusSchema
{
    [Description("Conditions is the current status from the controller for this GatewayClass (Accepted, SupportedVersion).")]
    [MaxLength(8)]
    public List<ConditionSchema>? Conditions { get; init; }

    [Description("SupportedFeatures is the set of features the GatewayClass supports.")]
    [MaxLength(64)]
    public List<SupportedFeatureSchema>? SupportedFeatures { get; init; }
}
