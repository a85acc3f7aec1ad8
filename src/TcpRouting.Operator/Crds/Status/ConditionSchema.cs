using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>The shape of metav1.Condition, as the status writer stores it (schema only).</summary>
[Description("One observation about the object: a type, its status and why.")]
internal sealed record ConditionSchema
{
    [Description("What is observed, e.g. Accepted, ResolvedRefs, Ready or Programmed.")]
    [MaxLength(316)]
    public required string Type { get; init; }

    [Description("True, False or Unknown.")]
    public required ConditionStatusValue Status { get; init; }

    [Description("metadata.generation the operator had read when it set this condition.")]
    [Range(0, long.MaxValue)]
    public long? ObservedGeneration { get; init; }

    [Description("When the status last changed.")]
    public required DateTimeOffset LastTransitionTime { get; init; }

    [Description("Short CamelCase reason for the status, for tools to match on.")]
    [MaxLength(1024)]
    public required string Reason { get; init; }

    [Description("Explanation for people; names the object and field at fault.")]
    [MaxLength(32768)]
    public required string Message { get; init; }
}
