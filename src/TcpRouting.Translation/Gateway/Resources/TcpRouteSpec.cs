using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io TCPRoute spec (v1 and v1alpha2): every connection on the listener goes to the backends.</summary>
public sealed class TcpRouteSpec
{
    [Description("The Gateways (and listeners) this route attaches to.")]
    public IReadOnlyList<ParentReferenceSpec> ParentRefs { get; init; } = [];

    [Description("The rules; the first one takes the connections.")]
    public IReadOnlyList<TcpRouteRule> Rules { get; init; } = [];
}
