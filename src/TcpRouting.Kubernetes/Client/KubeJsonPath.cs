using System.Text.Json;

namespace TcpRouting.Kubernetes.Client;

/// <summary>Null-safe reads along a property path of API JSON.</summary>
internal static class KubeJsonPath
{
    public static JsonElement? Get(JsonElement e, params string[] path)
    {
        foreach (var p in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e))
            {
                return null;
            }
        }

        return e;
    }

    public static string? Str(JsonElement e, params string[] path) =>
        Get(e, path) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
