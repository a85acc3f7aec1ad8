using System.Collections.Immutable;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;

namespace TcpRouting.Kubernetes.Discovery;

/// <summary>
/// Which of our kinds the cluster serves, at which version, and whether each has a status subresource
/// (https://kubernetes.io/docs/reference/using-api/api-concepts/#discovery). A kind that is not installed is
/// reported once and looked for again on the next run.
/// </summary>
internal sealed class ApiDiscovery(KubeApiClient client, ILogger logger)
{
    private readonly HashSet<string> _missing = [];

    public async Task<ImmutableArray<ServedKind>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var groups = await ServedGroupsAsync(cancellationToken).ConfigureAwait(false);
        var resourceLists = new Dictionary<string, V1APIResourceList?>();
        var served = ImmutableArray.CreateBuilder<ServedKind>();
        foreach (var wanted in KindCatalog.All)
        {
            var found = false;
            foreach (var (group, version) in wanted.Candidates)
            {
                if (group.Length > 0 && !(groups.TryGetValue(group, out var versions) && versions.Contains(version)))
                {
                    continue;
                }

                var gv = group.Length == 0 ? $"/api/{version}" : $"/apis/{group}/{version}";
                if (!resourceLists.TryGetValue(gv, out var list))
                {
                    resourceLists[gv] = list = await ResourceListAsync(group, version, cancellationToken).ConfigureAwait(false);
                }

                if (list is not { } resources || !Has(resources, wanted.Plural))
                {
                    continue;
                }

                var resource = new KubeResource(group, version, wanted.Plural, wanted.Kind, wanted.Namespaced);
                var hasStatus = await HasStatusAsync(resource, Has(resources, wanted.Plural + "/status"), cancellationToken).ConfigureAwait(false);
                served.Add(new ServedKind(wanted.Family, resource, hasStatus, wanted.FieldSelector));
                found = true;
                if (!wanted.AllGroups)
                {
                    break;
                }
            }

            Report(wanted, found);
        }

        return served.ToImmutable();
    }

    private void Report(WantedKind wanted, bool found)
    {
        var key = wanted.Kind + "/" + wanted.Family;
        if (found)
        {
            if (_missing.Remove(key))
            {
                KubernetesLog.KindAppeared(logger, wanted.Kind);
            }
        }
        else if (_missing.Add(key))
        {
            var where = string.Join(", ", wanted.Candidates.Select(c => c.Group.Length == 0 ? c.Version : $"{c.Group}/{c.Version}"));
            KubernetesLog.KindNotInstalled(logger, wanted.Kind, where);
        }
    }

    private async Task<Dictionary<string, HashSet<string>>> ServedGroupsAsync(CancellationToken cancellationToken)
    {
        var apis = await client.CallAsync((api, ct) => api.Apis.GetAPIVersionsAsync(ct), cancellationToken).ConfigureAwait(false);
        return (apis.Groups ?? []).ToDictionary(
            g => g.Name ?? string.Empty,
            g => (g.Versions ?? []).Select(v => v.Version ?? string.Empty).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The resources of one group version (/api/v1 or /apis/group/version); null when it went away meanwhile.</summary>
    private async Task<V1APIResourceList?> ResourceListAsync(string group, string version, CancellationToken cancellationToken)
    {
        try
        {
            return await client.CallAsync((api, ct) => group.Length == 0 ? api.CoreV1.GetAPIResourcesAsync(ct) : api.CustomObjects.GetAPIResourcesAsync(group, version, ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            // Removed between the group list and this call.
            return null;
        }
    }

    private static bool Has(V1APIResourceList resourceList, string name) => (resourceList.Resources ?? []).Any(r => r.Name == name);

    /// <summary>The CRD's own word on subresources.status when we may read CRDs; otherwise discovery's "/status" entry.</summary>
    private async Task<bool> HasStatusAsync(KubeResource resource, bool fromDiscovery, CancellationToken cancellationToken)
    {
        if (resource.Group.Length == 0 || resource.Group.EndsWith(".k8s.io", StringComparison.Ordinal) && resource.Group != "gateway.networking.k8s.io")
        {
            return fromDiscovery;
        }

        try
        {
            var crd = await client.CallAsync((api, ct) => api.ApiextensionsV1.ReadCustomResourceDefinitionAsync($"{resource.Plural}.{resource.Group}", cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
            if (crd.Spec?.Versions is { } versions)
            {
                return versions.FirstOrDefault(v => v.Name == resource.Version)?.Subresources?.Status is not null;
            }
        }
        catch (KubeApiException e) when (e is KubeForbiddenException or KubeNotFoundException || e.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            // No RBAC for CRDs (or not a CRD): discovery says the same thing.
        }

        return fromDiscovery;
    }
}
