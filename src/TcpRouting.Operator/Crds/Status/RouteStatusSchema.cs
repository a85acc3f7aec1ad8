using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>RouteStatus (TCPRoute, TLSRoute; gateway-api apis/v1/shared_types.go), schema only.</summary>
internal sealed record RouteStatusSchema
{
    [Description("One entry per Gateway the route refers to, with whether it attached there.")]
    [MaxLength(32)]
    public required List<RouteParentStatusSchema> Parents { get; init; }
}
