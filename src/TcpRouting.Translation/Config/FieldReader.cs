using System.Text.Json;

namespace TcpRouting.Translation.Config;

/// <summary>Reads typed fields of one static config section, recording "file: section.field: why" for bad ones.</summary>
internal sealed class FieldReader(string fileName, string section, List<string> problems)
{
    public void Problem(string field, string message) =>
        problems.Add($"{fileName}: {section}{(field.Length > 0 ? "." + field : string.Empty)}: {message}");

    public bool? Bool(JsonElement parent, string field, string prefix = "")
    {
        var v = StaticConfigParser.Get(parent, field);
        switch (v.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            default:
                Problem(prefix + field, $"expected true or false, found {v.GetRawText()}");
                return null;
        }
    }

    public TimeSpan? Duration(JsonElement parent, string field, string prefix)
    {
        var v = StaticConfigParser.Get(parent, field);
        if (v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (GoDuration.TryParse(v, out var duration))
        {
            return duration;
        }

        Problem(prefix + field, $"{v.GetRawText()} is not a duration (e.g. 10s, 100ms, 1m, 1h, or a number of seconds) of at most {GoDuration.MaxText}");
        return null;
    }

    public int? PositiveInt(JsonElement parent, string field)
    {
        var v = StaticConfigParser.Get(parent, field);
        if (v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n > 0)
        {
            return n;
        }

        Problem(field, $"expected a positive integer, found {v.GetRawText()}");
        return null;
    }
}
