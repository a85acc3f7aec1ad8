using TcpRouting.Kubernetes.Client;

namespace TcpRouting.Kubernetes.Discovery;

/// <summary>A kind the cluster serves: at which resource, and whether it has a status subresource.</summary>
internal sealed record ServedKind(KindFamily Family, KubeResource Resource, bool HasStatus, string? FieldSelector)
{
    public string Key => $"{Resource.Group}/{Resource.Version}/{Resource.Plural}";
}
