using System.Text.Json.Nodes;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>
/// The structural schema rules the API server enforces on a CRD
/// (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema).
/// </summary>
internal static class StructuralRules
{
    public static List<string> Violations(JsonObject schema, string path = "")
    {
        var violations = new List<string>();
        Walk(schema, path.Length == 0 ? "<root>" : path, violations);
        return violations;
    }

    private static void Walk(JsonObject node, string path, List<string> violations)
    {
        var untyped = node["x-kubernetes-int-or-string"] is not null || node["x-kubernetes-preserve-unknown-fields"] is not null;
        if (node["type"] is not JsonValue && !untyped)
        {
            violations.Add($"{path}: no type");
        }

        foreach (var forbidden in new[] { "$ref", "$schema", "$id", "definitions", "$defs", "anyOf", "oneOf" })
        {
            if (node.ContainsKey(forbidden))
            {
                violations.Add($"{path}: {forbidden} is not structural");
            }
        }

        if (node["properties"] is not null && node["additionalProperties"] is not null)
        {
            violations.Add($"{path}: properties and additionalProperties together");
        }

        // The real API server refuses `type: array` without an item schema (it refused the AgentEndpoint CRD).
        if ((string?)node["type"] == "array" && node["items"] is not JsonObject)
        {
            violations.Add($"{path}: array without items");
        }

        if (node["additionalProperties"] is JsonValue)
        {
            violations.Add($"{path}: additionalProperties must be a schema");
        }

        if (node["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in properties)
            {
                Walk((JsonObject)child!, $"{path}.{name}", violations);
            }
        }

        foreach (var key in new[] { "items", "additionalProperties" })
        {
            if (node[key] is JsonObject child)
            {
                Walk(child, $"{path}.{key}", violations);
            }
        }
    }
}
