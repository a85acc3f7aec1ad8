using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io TCPRoute spec (v1 and v1alpha2): every connection on the listener goes to the backends.</summary>
public sealed class TcpRouteSpec
{
    [Description("Gateways, and optionally listeners, the route attaches to.")]
    public IReadOnlyList<ParentReferenceSpec> ParentRefs { get; init; } = [];

    [Description("The route's rules; only the first one carries traffic.")]
    [Required]
    [MinLength(1)]
    public IReadOnlyList<TcpRouteRule> Rules { get; init; } = [];
}
