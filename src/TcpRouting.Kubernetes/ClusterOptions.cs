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

    /// <summary>How long the world must be quiet after a change before the table is rebuilt.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often discovery runs again, so a CRD installed later is picked up.</summary>
    public TimeSpan DiscoveryInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The server-side timeout of one watch stream (a random extra up to the same again spreads them).</summary>
    public TimeSpan WatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan WatchBackoffMin { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan WatchBackoffMax { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Leader lease: a holder that has not renewed for this long is replaced (client-go's default is 15s).</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the leader renews and the others try to acquire (client-go's retryPeriod).</summary>
    public TimeSpan LeaseRetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>On stop, hand the lease back so another replica takes over at once.</summary>
    public bool ReleaseLeaseOnStop { get; init; } = true;

    /// <summary>False: never write status or Events (a read-only replica).</summary>
    public bool WriteStatus { get; init; } = true;

    /// <summary>Services that make listeners reachable and addresses in statuses; null leaves Services alone.</summary>
    public TcpRouting.Translation.Exposure.ExposureSettings? Exposure { get; init; }

    /// <summary>The reportingController of our Events.</summary>
    public string EventController { get; init; } = "tcprouting.dev/operator";
}
