using System.Text.Json;

namespace TcpRouting.Translation.Core;

/// <summary>Tolerant reads of raw object JSON: a missing or mistyped field is null, never an exception.</summary>
internal static class KubeJsonRead
{
    public static string? String(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    public static JsonElement Object(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
}
