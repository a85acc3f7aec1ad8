using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io TLSRoute spec (v1, v1alpha3, v1alpha2): connections chosen by TLS SNI.</summary>
public sealed class TlsRouteSpec
{
    [Description("Gateways, and optionally listeners, the route attaches to.")]
    public IReadOnlyList<ParentReferenceSpec> ParentRefs { get; init; } = [];

    [Description("Server names (SNI) this route takes; \"*.example.com\" covers one label. Only names that also fit the listener's hostname count.")]
    public IReadOnlyList<string>? Hostnames { get; init; }

    [Description("The route's rules; only the first one carries traffic.")]
    [Required]
    [MinLength(1)]
    public IReadOnlyList<TlsRouteRule> Rules { get; init; } = [];
}
