using System.Text.Json;
using System.Text.Json.Serialization;

namespace TcpRouting.Translation;

/// <summary>The JSON settings for Kubernetes objects: camelCase, case-insensitive, unknown fields ignored, nulls omitted.</summary>
public static class KubeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
