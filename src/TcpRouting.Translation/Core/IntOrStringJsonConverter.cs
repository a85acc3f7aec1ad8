using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Core;

/// <summary>Reads 5432 or "postgres" (a JSON number or string); writes it back in the same form.</summary>
public sealed class IntOrStringJsonConverter : JsonConverter<IntOrString>
{
    public override IntOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var number) => new IntOrString(number),
        JsonTokenType.Number => new IntOrString(reader.GetDouble().ToString(CultureInfo.InvariantCulture)),
        JsonTokenType.String => new IntOrString(reader.GetString() ?? string.Empty),
        _ => throw new JsonException($"expected a number or a string, found {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, IntOrString value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsInt)
        {
            writer.WriteNumberValue(value.IntValue);
        }
        else
        {
            writer.WriteStringValue(value.StringValue);
        }
    }
}
