using System.Collections.Immutable;

namespace TcpRouting.Kubernetes;

/// <summary>How `tcprouting run` without --manifests talks to a cluster.</summary>
/// <param name="Kubeconfig">A kubeconfig path; null means KUBECONFIG, then in-cluster, then ~/.kube/config.</param>
/// <param name="Class">Our ingress class (Traefik and Kong annotations / ingressClassName).</param>
/// <param name="Namespaces">Namespaces to watch; empty means all.</param>
/// <param name="Identity">This replica's name for the leader lease (the pod name).</param>
public sealed record ClusterOptions(
    string? Kubeconfig,
    string Class,
    ImmutableArray<string> Namespaces,
    string GatewayControllerName,
    string LeaseNamespace,
    string LeaseName,
    string Identity,
    StaticConfig Config)
{
    public const string DefaultClass = "tcprouting";
}
