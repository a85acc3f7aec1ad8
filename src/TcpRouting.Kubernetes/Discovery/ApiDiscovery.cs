using System.Collections.Immutable;
using System.Text.Json;
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
        var resourceLists = new Dictionary<string, JsonElement?>();
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
                    resourceLists[gv] = list = await ResourceListAsync(gv, cancellationToken).ConfigureAwait(false);
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
        var apis = await client.GetPathAsync("/apis", cancellationToken).ConfigureAwait(false);
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (KubeJsonPath.Get(apis, "groups") is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var g in list.EnumerateArray())
            {
                var versions = KubeJsonPath.Get(g, "versions") is { ValueKind: JsonValueKind.Array } vs
                    ? vs.EnumerateArray().Select(v => KubeJsonPath.Str(v, "version") ?? string.Empty).ToHashSet(StringComparer.Ordinal)
                    : [];
                groups[KubeJsonPath.Str(g, "name") ?? string.Empty] = versions;
            }
        }

        return groups;
    }

    private async Task<JsonElement?> ResourceListAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetPathAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            // Removed between the group list and this call.
            return null;
        }
    }

    private static bool Has(JsonElement resourceList, string name) =>
        KubeJsonPath.Get(resourceList, "resources") is { ValueKind: JsonValueKind.Array } resources
        && resources.EnumerateArray().Any(r => KubeJsonPath.Str(r, "name") == name);

    /// <summary>The CRD's own word on subresources.status when we may read CRDs; otherwise discovery's "/status" entry.</summary>
    private async Task<bool> HasStatusAsync(KubeResource resource, bool fromDiscovery, CancellationToken cancellationToken)
    {
        if (resource.Group.Length == 0 || resource.Group.EndsWith(".k8s.io", StringComparison.Ordinal) && resource.Group != "gateway.networking.k8s.io")
        {
            return fromDiscovery;
        }

        try
        {
            var crd = await client.TryGetAsync(KubeResource.CustomResourceDefinitions, null, $"{resource.Plural}.{resource.Group}", cancellationToken).ConfigureAwait(false);
            if (crd is { } c && KubeJsonPath.Get(c, "spec", "versions") is { ValueKind: JsonValueKind.Array } versions)
            {
                var version = versions.EnumerateArray().FirstOrDefault(v => KubeJsonPath.Str(v, "name") == resource.Version);
                return version.ValueKind == JsonValueKind.Object && KubeJsonPath.Get(version, "subresources", "status") is not null;
            }
        }
        catch (KubeApiException e) when (e.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.Unauthorized)
        {
            // No RBAC for CRDs: discovery says the same thing.
        }

        return fromDiscovery;
    }
}
