namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// A REST resource: group ("" for core), version and plural, as the API server's URL paths name it
/// (https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris).
/// </summary>
/// <param name="Kind">The kind of one object (list items lack it, so the client fills it in).</param>
/// <param name="Namespaced">False for cluster-scoped resources (Namespace, GatewayClass, CRD).</param>
public sealed record KubeResource(string Group, string Version, string Plural, string Kind, bool Namespaced = true)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>/api/v1 or /apis/group/version.</summary>
    public string GroupVersionPath => Group.Length == 0 ? $"/api/{Version}" : $"/apis/{Group}/{Version}";

    /// <summary>The collection or object path; <paramref name="namespace"/> null or empty means all namespaces.</summary>
    public string Path(string? @namespace, string? name = null, string? subresource = null)
    {
        var path = Namespaced && !string.IsNullOrEmpty(@namespace)
            ? $"{GroupVersionPath}/namespaces/{Uri.EscapeDataString(@namespace)}/{Plural}"
            : $"{GroupVersionPath}/{Plural}";
        if (!string.IsNullOrEmpty(name))
        {
            path += "/" + Uri.EscapeDataString(name);
            if (!string.IsNullOrEmpty(subresource))
            {
                path += "/" + subresource;
            }
        }

        return path;
    }

    public override string ToString() => Group.Length == 0 ? Plural : $"{Plural}.{Version}.{Group}";

    public static KubeResource Services { get; } = new("", "v1", "services", "Service");

    public static KubeResource Secrets { get; } = new("", "v1", "secrets", "Secret");

    public static KubeResource Namespaces { get; } = new("", "v1", "namespaces", "Namespace", Namespaced: false);

    public static KubeResource EndpointSlices { get; } = new("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice");

    public static KubeResource Leases { get; } = new("coordination.k8s.io", "v1", "leases", "Lease");

    public static KubeResource Events { get; } = new("events.k8s.io", "v1", "events", "Event");

    public static KubeResource CoreEvents { get; } = new("", "v1", "events", "Event");

    public static KubeResource CustomResourceDefinitions { get; } =
        new("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", Namespaced: false);
}
