using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>ListenerStatus: one Gateway listener's state.</summary>
internal sealed record ListenerStatusSchema
{
    [MinLength(1)]
    [MaxLength(253)]
    public required string Name { get; init; }

    [Description("Route kinds this listener takes (TCPRoute, TLSRoute).")]
    [MaxLength(8)]
    public required List<RouteGroupKindSchema> SupportedKinds { get; init; }

    [Description("How many routes are attached to this listener.")]
    public required int AttachedRoutes { get; init; }

    [MaxLength(8)]
    public required List<ConditionSchema> Conditions { get; init; }
}
