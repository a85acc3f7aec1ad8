using System.Text.Json;

namespace TcpRouting.Translation.Gateway;

/// <summary>Reads an object's <c>spec</c> into its type. A spec of the wrong shape is an error message, never an exception.</summary>
internal static class SpecReader
{
    public static T? Read<T>(KubeObject source, out string? error)
        where T : class, new()
    {
        error = null;
        if (source.Json.ValueKind != JsonValueKind.Object || !source.Json.TryGetProperty("spec", out var spec) || spec.ValueKind == JsonValueKind.Null)
        {
            error = "spec is missing";
            return null;
        }

        try
        {
            return spec.Deserialize<T>(KubeJson.Options) ?? new T();
        }
        catch (JsonException e)
        {
            // The path says which field (e.g. "$.listeners[0].tls.mode"): report it as spec.listeners[0].tls.mode.
            var field = string.IsNullOrEmpty(e.Path) ? "spec" : "spec" + e.Path.TrimStart('$');
            error = $"{field} has the wrong type or value";
            return null;
        }
    }
}
