namespace TcpRouting.Translation.Core;

/// <summary>Lookups over the snapshot's core objects (Service, EndpointSlice, Secret, Namespace), built once per translation.</summary>
public sealed class ClusterIndex
{
    private ClusterIndex()
    {
    }

    public static ClusterIndex Build(IEnumerable<KubeObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        return new ClusterIndex(); // filled in by the translation work
    }

    /// <summary>The object of a core kind ("Service", "Secret", "Namespace") by namespace and name.</summary>
    public KubeObject? Find(string kind, string @namespace, string name) => null;

    /// <summary>EndpointSlices labelled kubernetes.io/service-name=<paramref name="service"/> in the namespace.</summary>
    public IReadOnlyList<KubeObject> EndpointSlicesOf(string @namespace, string service) => [];

    /// <summary>A namespace's labels; empty when the Namespace object is not known.</summary>
    public IReadOnlyDictionary<string, string> NamespaceLabels(string @namespace) => new Dictionary<string, string>();
}
