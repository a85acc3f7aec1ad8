using System.Text.Json.Nodes;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// Discovery documents as the API server serves them: /api (APIVersions), /apis (APIGroupList) and
/// /api/v1, /apis/group/version (APIResourceList, with a "plural/status" entry for a status subresource).
/// Also the CustomResourceDefinition objects of the installed CRDs.
/// </summary>
internal static class FakeDiscovery
{
    public static JsonObject CoreVersions() => new() { ["kind"] = "APIVersions", ["versions"] = new JsonArray("v1") };

    public static JsonObject Groups(IEnumerable<FakeResourceType> types)
    {
        var groups = new JsonArray();
        foreach (var group in types.Where(t => t.Group.Length > 0).GroupBy(t => t.Group))
        {
            var versions = group.Select(t => t.Version).Distinct().OrderBy(v => v, KubeVersionComparer.Instance).ToList();
            groups.Add(new JsonObject
            {
                ["name"] = group.Key,
                ["versions"] = new JsonArray([.. versions.Select(v => (JsonNode)new JsonObject { ["groupVersion"] = $"{group.Key}/{v}", ["version"] = v })]),
                ["preferredVersion"] = new JsonObject { ["groupVersion"] = $"{group.Key}/{versions[0]}", ["version"] = versions[0] },
            });
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    public static JsonObject Resources(string groupVersion, IEnumerable<FakeResourceType> types)
    {
        var list = new JsonArray();
        foreach (var t in types)
        {
            list.Add(new JsonObject
            {
                ["name"] = t.Plural,
                ["singularName"] = t.Kind.ToLowerInvariant(),
                ["namespaced"] = t.Namespaced,
                ["kind"] = t.Kind,
                ["verbs"] = new JsonArray("create", "delete", "get", "list", "patch", "update", "watch"),
            });
            if (t.StatusSubresource)
            {
                list.Add(new JsonObject { ["name"] = t.Plural + "/status", ["singularName"] = string.Empty, ["namespaced"] = t.Namespaced, ["kind"] = t.Kind, ["verbs"] = new JsonArray("get", "patch", "update") });
            }
        }

        return new JsonObject { ["kind"] = "APIResourceList", ["apiVersion"] = "v1", ["groupVersion"] = groupVersion, ["resources"] = list };
    }

    /// <summary>The CRD object for every version of one group and plural.</summary>
    public static JsonObject Crd(IReadOnlyList<FakeResourceType> versions)
    {
        var first = versions[0];
        var specVersions = new JsonArray();
        foreach (var v in versions.OrderBy(v => v.Version, KubeVersionComparer.Instance))
        {
            var version = new JsonObject { ["name"] = v.Version, ["served"] = true, ["storage"] = v == versions[0] };
            if (v.StatusSubresource)
            {
                version["subresources"] = new JsonObject { ["status"] = new JsonObject() };
            }

            specVersions.Add(version);
        }

        var metadata = new JsonObject { ["name"] = $"{first.Plural}.{first.Group}" };
        if (FakeCrdValidation.IsProtected(first.Group))
        {
            metadata["annotations"] = new JsonObject { [FakeCrdValidation.ApprovalAnnotation] = "https://github.com/kubernetes-sigs/gateway-api/pull/4530" };
        }

        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["group"] = first.Group,
                ["names"] = new JsonObject { ["kind"] = first.Kind, ["plural"] = first.Plural, ["singular"] = first.Kind.ToLowerInvariant() },
                ["scope"] = first.Namespaced ? "Namespaced" : "Cluster",
                ["versions"] = specVersions,
            },
        };
    }
}
