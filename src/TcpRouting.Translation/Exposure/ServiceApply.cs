using System.Collections.Immutable;

namespace TcpRouting.Translation.Exposure;

/// <summary>One port of a Service we apply; the pod listens on the same port (targetPort = port).</summary>
public sealed record ServicePort(string Name, int Port);

/// <summary>The owner written into metadata.ownerReferences (same namespace only, as Kubernetes requires).</summary>
public sealed record ServiceOwner(string ApiVersion, string Kind, string Name, string Uid);

/// <summary>
/// A Service as we want it, applied server-side with our field manager: whatever we stop declaring the API
/// server removes (https://kubernetes.io/docs/reference/using-api/server-side-apply/). Null fields are not
/// declared, so another manager's values (helm's, the cloud's) stay.
/// </summary>
public sealed record ServiceApply(
    string Namespace,
    string Name,
    ImmutableSortedDictionary<string, string> Labels,
    ImmutableSortedDictionary<string, string> Annotations,
    ImmutableArray<ServicePort> Ports,
    string? Type = null,
    ImmutableSortedDictionary<string, string>? Selector = null,
    ServiceOwner? Owner = null,
    string? LoadBalancerIp = null,
    ImmutableArray<string> ExternalIps = default);
