namespace TcpRouting.Operator.Crds.Status;

/// <summary>core/v1 LoadBalancerStatus.</summary>
internal sealed record LoadBalancerStatusSchema
{
    public List<LoadBalancerIngressSchema>? Ingress { get; init; }
}
