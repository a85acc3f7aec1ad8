using System.Text.Json.Nodes;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Management.Stores;

/// <summary>
/// Managed objects in a cluster. Apply is a full replace (PUT with the current resourceVersion), not a merge
/// patch: a merge patch keeps fields the new spec leaves out (turning passthrough off would keep spec.tls).
/// A 409 means someone wrote in between; we read again and retry a few times.
/// </summary>
internal sealed class ClusterRouteStore(KubeApiClient client) : IRouteStore, IDisposable
{
    private const int Attempts = 5;

    private static readonly KubeResource[] Context =
    [
        KubeResource.Services,
        KubeResource.EndpointSlices,
        new("gateway.networking.k8s.io", "v1", "gateways", "Gateway"),
        new("gateway.networking.k8s.io", "v1", "gatewayclasses", "GatewayClass", Namespaced: false),
        new("gateway.networking.k8s.io", "v1beta1", "referencegrants", "ReferenceGrant"),
    ];

    public string Description => $"cluster {client.Server}";

    public TranslationSettings Settings => TranslationSettings.Default;

    public async Task<IReadOnlyList<KubeObject>> ListAsync(ManagedKind kind, CancellationToken cancellationToken) =>
        await ListAsync(kind.Resource, cancellationToken).ConfigureAwait(false);

    public async Task<ApplyOutcome> ApplyAsync(ManagedKind kind, JsonObject manifest, CancellationToken cancellationToken)
    {
        var metadata = manifest["metadata"]!.AsObject();
        var ns = (string)metadata["namespace"]!;
        var name = (string)metadata["name"]!;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await client.TryGetAsync(kind.Resource, ns, name, cancellationToken).ConfigureAwait(false) is not { } current)
                {
                    await client.CreateAsync(kind.Resource, ns, manifest.DeepClone(), cancellationToken).ConfigureAwait(false);
                    return ApplyOutcome.Created;
                }

                var body = manifest.DeepClone().AsObject();
                var existing = KubeObject.FromJson(current);
                var bodyMetadata = body["metadata"]!.AsObject();
                bodyMetadata["resourceVersion"] = existing.ResourceVersion;
                // Labels and annotations others set (Argo CD, kubectl) stay; only the spec is ours to replace.
                foreach (var map in new[] { "labels", "annotations" })
                {
                    if (current.GetProperty("metadata").TryGetProperty(map, out var values) && JsonNode.Parse(values.GetRawText()) is JsonObject kept)
                    {
                        foreach (var (key, value) in bodyMetadata[map]?.AsObject() ?? [])
                        {
                            kept[key] = value?.DeepClone();
                        }

                        bodyMetadata[map] = kept;
                    }
                }

                await client.ReplaceAsync(kind.Resource, ns, name, body, cancellationToken).ConfigureAwait(false);
                return ApplyOutcome.Replaced;
            }
            catch (KubeConflictException) when (attempt < Attempts)
            {
                // Created or updated by someone else between our read and write: read again.
            }
        }
    }

    public Task<bool> DeleteAsync(ManagedKind kind, string @namespace, string name, CancellationToken cancellationToken) =>
        client.DeleteAsync(kind.Resource, @namespace, name, cancellationToken);

    public async Task<IReadOnlyList<KubeObject>> SnapshotAsync(CancellationToken cancellationToken)
    {
        var objects = new List<KubeObject>();
        foreach (var resource in ManagedKind.All.Select(k => k.Resource).Concat(Context))
        {
            objects.AddRange(await ListAsync(resource, cancellationToken).ConfigureAwait(false));
        }

        return objects;
    }

    public void Dispose() => client.Dispose();

    /// <summary>A kind the cluster does not serve (Kong or Gateway API not installed) simply has no objects.</summary>
    private async Task<IReadOnlyList<KubeObject>> ListAsync(KubeResource resource, CancellationToken cancellationToken)
    {
        try
        {
            var list = await client.ListAllAsync(resource, null, cancellationToken: cancellationToken).ConfigureAwait(false);
            return [.. list.Items.Select(item => KubeObject.FromJson(item))];
        }
        catch (KubeNotFoundException)
        {
            return [];
        }
    }
}
