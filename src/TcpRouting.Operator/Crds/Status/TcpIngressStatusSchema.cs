using System.ComponentModel;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>Kong's TCPIngress status (loadBalancer, as upstream) plus our conditions.</summary>
internal sealed record TcpIngressStatusSchema
{
    [Description("Addresses the proxy serves this object on.")]
    public LoadBalancerStatusSchema? LoadBalancer { get; init; }

    [Description("The .metadata.generation the status was computed from.")]
    public long? ObservedGeneration { get; init; }

    [Description("Accepted (the spec is valid), ResolvedRefs (every reference exists) and Ready (both).")]
    public List<ConditionSchema>? Conditions { get; init; }
}
