using System.ComponentModel;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>
/// The status of kinds served on the publish Service's address: Kong's TCPIngress status (loadBalancer, as
/// upstream) and IngressRouteTCP's, plus our conditions.
/// </summary>
internal sealed record AddressedStatusSchema
{
    [Description("Addresses the proxy serves this object on.")]
    public LoadBalancerStatusSchema? LoadBalancer { get; init; }

    [Description("The .metadata.generation the status was computed from.")]
    public long? ObservedGeneration { get; init; }

    [Description("Accepted (the spec is valid), ResolvedRefs (every reference exists) and Ready (both).")]
    public List<ConditionSchema>? Conditions { get; init; }
}
