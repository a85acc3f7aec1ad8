using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io TLSRoute spec (v1, v1alpha3, v1alpha2): connections chosen by TLS SNI.</summary>
public sealed class TlsRouteSpec
{
    [Description("The Gateways (and listeners) this route attaches to.")]
    public IReadOnlyList<ParentReferenceSpec> ParentRefs { get; init; } = [];

    [Description("SNI host names matched; \"*.example.com\" is a wildcard. Intersected with the listener's hostname.")]
    public IReadOnlyList<string>? Hostnames { get; init; }

    [Description("The rules; the first one takes the connections.")]
    public IReadOnlyList<TlsRouteRule> Rules { get; init; } = [];
}
