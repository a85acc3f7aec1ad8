using System.Text.Json;
using System.Text.Json.Nodes;
using TcpRouting.Translation.Status;

namespace TcpRouting.Kubernetes.Status;

/// <summary>
/// metav1.Condition JSON. lastTransitionTime moves only when a condition's status changes
/// (https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#typical-status-properties),
/// so the time is taken from the condition of the same type already on the object when its status is the same.
/// </summary>
internal static class ConditionJson
{
    public static JsonArray Build(IEnumerable<Condition> conditions, JsonElement? existing, DateTimeOffset now)
    {
        var array = new JsonArray();
        foreach (var c in conditions)
        {
            var previous = Find(existing, c.Type);
            var since = previous is { } p && Str(p, "status") == c.Status && Str(p, "lastTransitionTime") is { } t ? t : KubeTime.Time(now);
            array.Add(new JsonObject
            {
                ["type"] = c.Type,
                ["status"] = c.Status,
                ["observedGeneration"] = c.ObservedGeneration,
                ["lastTransitionTime"] = since,
                ["reason"] = c.Reason,
                ["message"] = c.Message.Length > 32768 ? c.Message[..32768] : c.Message,
            });
        }

        return array;
    }

    private static JsonElement? Find(JsonElement? conditions, string type) =>
        conditions is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Cast<JsonElement?>().FirstOrDefault(c => Str(c!.Value, "type") == type) : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
