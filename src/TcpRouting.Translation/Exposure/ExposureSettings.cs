using System.Collections.Immutable;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// How the operator makes listeners reachable from outside the pod on a cluster (off in folder mode).
/// </summary>
/// <param name="PodNamespace">The operator's own namespace: Gateway Services live here, because a Service's
/// selector only selects pods of its own namespace (Envoy Gateway places its proxy Services the same way).</param>
/// <param name="PodSelector">Labels of the operator's pods (the chart passes its selector labels).</param>
/// <param name="GatewayServiceType">LoadBalancer (default), NodePort or ClusterIP.</param>
/// <param name="PublishService">The Service that fronts the static entry points (`--publish-service`): its
/// address goes into route statuses, and ports that routes open at run time are added to it.</param>
public sealed record ExposureSettings(
    string PodNamespace,
    ImmutableSortedDictionary<string, string> PodSelector,
    string GatewayServiceType,
    ServiceRef? PublishService)
{
    public const string DefaultGatewayServiceType = "LoadBalancer";

    /// <summary>True when Gateway Services can be made: without pod labels a Service would select nothing.</summary>
    public bool ManagesGatewayServices => !PodSelector.IsEmpty;
}
