namespace TcpRouting.Operator.Crds.Status;

/// <summary>core/v1 LoadBalancerIngress (ip or hostname).</summary>
internal sealed record LoadBalancerIngressSchema
{
    public string? Ip { get; init; }

    public string? Hostname { get; init; }
}
