using System.Text.Json;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Traefik;

/// <summary>Reads an object's spec into its resource type; a value of the wrong type becomes a problem naming the field.</summary>
internal static class SpecReader
{
    public static TSpec? Read<TSpec>(KubeObject o, CrdStatusBuilder status)
        where TSpec : class
    {
        if (o.Json.ValueKind != JsonValueKind.Object || !o.Json.TryGetProperty("spec", out var spec) || spec.ValueKind == JsonValueKind.Null)
        {
            status.Invalid("spec", "is required");
            return null;
        }

        try
        {
            return spec.Deserialize<TSpec>(KubeJson.Options) ?? throw new JsonException("is empty");
        }
        catch (JsonException e)
        {
            var field = "spec" + (e.Path is { Length: > 1 } path ? path[1..] : string.Empty);
            status.Invalid(field, SchemaWords.Describe(e, spec, typeof(TSpec).Assembly));
            return null;
        }
    }
}
