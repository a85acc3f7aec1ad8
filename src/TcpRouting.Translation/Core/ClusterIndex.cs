using System.Collections.Frozen;
using System.Text.Json;

namespace TcpRouting.Translation.Core;

/// <summary>Lookups over the snapshot's core objects (Service, EndpointSlice, Secret, Namespace), built once per translation.</summary>
public sealed class ClusterIndex
{
    private const string ServiceNameLabel = "kubernetes.io/service-name";

    private readonly FrozenDictionary<(string Kind, string Namespace, string Name), KubeObject> _objects;
    private readonly FrozenDictionary<(string Namespace, string Service), KubeObject[]> _slices;

    private ClusterIndex(
        FrozenDictionary<(string, string, string), KubeObject> objects,
        FrozenDictionary<(string, string), KubeObject[]> slices,
        bool allowExternalNameServices)
    {
        _objects = objects;
        _slices = slices;
        AllowExternalNameServices = allowExternalNameServices;
    }

    /// <summary>Follow ExternalName Services (providers.kubernetesCRD.allowExternalNameServices); off by default.</summary>
    public bool AllowExternalNameServices { get; }

    /// <param name="objects">Taken in the given order: when two objects share kind, namespace and name, the first wins.</param>
    /// <param name="allowExternalNameServices">See <see cref="AllowExternalNameServices"/>.</param>
    public static ClusterIndex Build(IEnumerable<KubeObject> objects, bool allowExternalNameServices = false)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var byKey = new Dictionary<(string, string, string), KubeObject>();
        var slices = new Dictionary<(string, string), List<KubeObject>>();
        foreach (var o in objects)
        {
            if (IsCore(o))
            {
                // Namespaces are cluster-scoped: keyed by name alone.
                byKey.TryAdd((o.Kind, o.Kind == "Namespace" ? string.Empty : o.Namespace, o.Name), o);
            }
            else if (o.Kind == "EndpointSlice" && o.Group == "discovery.k8s.io" && o.Label(ServiceNameLabel) is { Length: > 0 } service)
            {
                var key = (o.Namespace, service);
                if (!slices.TryGetValue(key, out var list))
                {
                    slices[key] = list = [];
                }

                list.Add(o);
            }
        }

        return new ClusterIndex(
            byKey.ToFrozenDictionary(),
            slices.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray()),
            allowExternalNameServices);
    }

    /// <summary>The object of a core kind ("Service", "Secret", "Namespace") by namespace and name.</summary>
    public KubeObject? Find(string kind, string @namespace, string name) =>
        _objects.GetValueOrDefault((kind, kind == "Namespace" ? string.Empty : @namespace, name));

    /// <summary>EndpointSlices labelled kubernetes.io/service-name=<paramref name="service"/> in the namespace, by name.</summary>
    public IReadOnlyList<KubeObject> EndpointSlicesOf(string @namespace, string service) =>
        _slices.TryGetValue((@namespace, service), out var list) ? list : [];

    /// <summary>A namespace's labels; empty when the Namespace object is not known.</summary>
    public IReadOnlyDictionary<string, string> NamespaceLabels(string @namespace)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Find("Namespace", string.Empty, @namespace) is { } ns
            && ns.Json.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("labels", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var label in map.EnumerateObject())
            {
                labels[label.Name] = label.Value.ValueKind == JsonValueKind.String ? label.Value.GetString() ?? string.Empty : label.Value.GetRawText();
            }
        }

        // Kubernetes sets this label on every namespace; Gateway API selectors rely on it.
        labels.TryAdd("kubernetes.io/metadata.name", @namespace);
        return labels;
    }

    private static bool IsCore(KubeObject o) => o.ApiVersion == "v1" && o.Name.Length > 0;
}
