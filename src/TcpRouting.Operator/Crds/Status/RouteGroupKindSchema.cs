using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>RouteGroupKind: a route kind a listener accepts.</summary>
internal sealed record RouteGroupKindSchema
{
    [DefaultValue("gateway.networking.k8s.io")]
    [MaxLength(253)]
    public string? Group { get; init; }

    [MinLength(1)]
    [MaxLength(63)]
    public required string Kind { get; init; }
}
