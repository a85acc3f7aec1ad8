using System.Text.Json.Nodes;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// Rewrites exported JSON Schema into the structural subset the API server accepts: every `$ref` inlined,
/// `"type": [T, "null"]` as `type: T` + `nullable: true`, no `$schema`/`$id`, no `null` in enums.
/// </summary>
internal static class StructuralSchema
{
    private const int MaxDepth = 32;

    public static JsonObject From(JsonNode exported)
    {
        var root = exported as JsonObject ?? throw new InvalidOperationException("the exporter returned a non-object schema for the root type");
        return Rewrite(root, root, 0);
    }

    private static JsonObject Rewrite(JsonObject node, JsonObject root, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("schema nests deeper than " + MaxDepth + " levels: a recursive type cannot become a structural schema");
        }

        if (node["$ref"] is JsonValue reference)
        {
            // The exporter only refers back into the same document (recursive or repeated types): inline a copy.
            var target = Resolve(root, reference.GetValue<string>());
            var inlined = (JsonObject)target.DeepClone();
            foreach (var (key, value) in node.Where(p => p.Key != "$ref"))
            {
                inlined[key] = value?.DeepClone();
            }

            return Rewrite(inlined, root, depth + 1);
        }

        var result = new JsonObject();
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case "$schema" or "$id" or "$comment":
                    break;
                case "type" when value is JsonArray types:
                    var named = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
                    if (named.Count != 1)
                    {
                        throw new InvalidOperationException($"type union [{string.Join(", ", named)}] has no structural form; model it as IntOrString or a JSON value");
                    }

                    result["type"] = named[0];
                    if (named.Count != types.Count)
                    {
                        result["nullable"] = true;
                    }

                    break;
                case "enum" when value is JsonArray values:
                    result["enum"] = new JsonArray([.. values.Where(v => v is not null).Select(v => v!.DeepClone())]);
                    if (values.Any(v => v is null))
                    {
                        result["nullable"] = true;
                    }

                    break;
                case "properties" when value is JsonObject properties:
                    var rewritten = new JsonObject();
                    foreach (var (name, property) in properties)
                    {
                        rewritten[name] = Rewrite(AsObject(property), root, depth + 1);
                    }

                    result["properties"] = rewritten;
                    break;
                case "items" or "additionalProperties" when value is JsonObject child:
                    result[key] = Rewrite(child, root, depth + 1);
                    break;
                case "additionalProperties" when value is JsonValue allowed && !allowed.GetValue<bool>():
                    break; // structural schemas prune unknown fields; `false` is not allowed
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        if (result["enum"] is not null && result["type"] is null)
        {
            result["type"] = "string";
        }

        if (result["x-kubernetes-int-or-string"] is not null)
        {
            result.Remove("type");
        }

        return result;
    }

    private static JsonObject AsObject(JsonNode? node) => node switch
    {
        JsonObject o => o,
        // `true` (anything goes) from the exporter: keep the value as written.
        _ => new JsonObject { ["x-kubernetes-preserve-unknown-fields"] = true },
    };

    private static JsonObject Resolve(JsonObject root, string pointer)
    {
        JsonNode? current = root;
        foreach (var segment in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current is JsonArray array && int.TryParse(name, out var index) ? array[index] : current?[name];
        }

        return current as JsonObject ?? throw new InvalidOperationException($"schema reference {pointer} does not resolve");
    }
}
