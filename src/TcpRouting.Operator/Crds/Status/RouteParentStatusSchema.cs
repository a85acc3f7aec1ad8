using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>RouteParentStatus: the route's state with respect to one parent, owned by one controller.</summary>
internal sealed record RouteParentStatusSchema
{
    public required ParentReferenceSchema ParentRef { get; init; }

    [Description("Controller (domain-prefixed name) that wrote this entry.")]
    [MinLength(1)]
    [MaxLength(253)]
    public required string ControllerName { get; init; }

    [MaxLength(8)]
    public List<ConditionSchema>? Conditions { get; init; }
}
