using System.Text.Json;
using System.Text.Json.Serialization;

namespace TcpRouting.Operator.Management.Listing;

/// <summary>The listing as JSON: camelCase, nulls left out, indented for people and agents alike.</summary>
internal static class ListingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
