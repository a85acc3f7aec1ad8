using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>The shape of metav1.Condition, as the status writer stores it (schema only).</summary>
[Description("Condition contains details for one aspect of the current state of this API Resource.")]
internal sealed record ConditionSchema
{
    [Description("Type of condition in CamelCase, e.g. Ready, Accepted, ResolvedRefs.")]
    [MaxLength(316)]
    public required string Type { get; init; }

    [Description("Status of the condition, one of True, False, Unknown.")]
    public required ConditionStatusValue Status { get; init; }

    [Description("The .metadata.generation that the condition was set based upon.")]
    [Range(0, long.MaxValue)]
    public long? ObservedGeneration { get; init; }

    [Description("Last time the condition transitioned from one status to another.")]
    public required DateTimeOffset LastTransitionTime { get; init; }

    [Description("A programmatic identifier indicating the reason for the condition's last transition, in CamelCase.")]
    [MaxLength(1024)]
    public required string Reason { get; init; }

    [Description("A human readable message indicating details about the transition; names the field that is wrong.")]
    [MaxLength(32768)]
    public required string Message { get; init; }
}
