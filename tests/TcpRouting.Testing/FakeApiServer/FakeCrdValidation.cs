using System.Text.Json.Nodes;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// What the real API server refuses in a CustomResourceDefinition and a test against it showed we had shipped
/// (issue 10): an array schema without `items` (the structural-schema rule), and a CRD in a protected group
/// (*.k8s.io, *.kubernetes.io) without the api-approved.kubernetes.io annotation (KEP 1111). Messages are the
/// real server's.
/// </summary>
internal static class FakeCrdValidation
{
    public const string ApprovalAnnotation = "api-approved.kubernetes.io";

    /// <summary>Groups only Kubernetes projects may define (the upstream Gateway API CRDs carry the approval).</summary>
    public static bool IsProtected(string group) =>
        group.EndsWith(".k8s.io", StringComparison.Ordinal) || group.EndsWith(".kubernetes.io", StringComparison.Ordinal);

    /// <returns>Why the object is refused, or null (not a CRD, or a valid one).</returns>
    public static string? Refusal(FakeResourceType type, JsonObject o)
    {
        if (type != FakeResourceTypes.Crds || o["spec"] is not JsonObject spec)
        {
            return null;
        }

        var group = (string?)spec["group"] ?? string.Empty;
        var approved = o["metadata"]?["annotations"]?[ApprovalAnnotation] is not null;
        if (IsProtected(group) && !approved)
        {
            return $"metadata.annotations[{ApprovalAnnotation}]: Required value: protected groups must have approval annotation \"{ApprovalAnnotation}\"";
        }

        foreach (var version in spec["versions"] as JsonArray ?? [])
        {
            if (version?["schema"]?["openAPIV3Schema"] is JsonObject schema && ArrayWithoutItems(schema, "spec.validation.openAPIV3Schema") is { } path)
            {
                return $"{path}.items: Required value: must be specified";
            }
        }

        return null;
    }

    private static string? ArrayWithoutItems(JsonObject node, string path)
    {
        if ((string?)node["type"] == "array" && node["items"] is not JsonObject)
        {
            return path;
        }

        var children = (node["properties"] as JsonObject ?? []).Select(p => (p.Value, $"{path}.properties[{p.Key}]"))
            .Append((node["items"], path + ".items"))
            .Append((node["additionalProperties"], path + ".additionalProperties"));
        return children.Select(c => c.Item1 is JsonObject child ? ArrayWithoutItems(child, c.Item2) : null).FirstOrDefault(p => p is not null);
    }
}
