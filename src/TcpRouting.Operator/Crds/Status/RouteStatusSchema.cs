using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>RouteStatus (TCPRoute, TLSRoute; gateway-api apis/v1/shared_types.go), schema only.</summary>
internal sealed record RouteStatusSchema
{
    [Description("Parents is a list of parent resources (usually Gateways) that are associated with the route, and the status of the route with respect to each parent.")]
    [MaxLength(32)]
    public required List<RouteParentStatusSchema> Parents { get; init; }
}
