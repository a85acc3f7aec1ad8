using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TcpRouting.Translation.Manifests;

/// <summary>
/// Converts a YAML node to JSON as the YAML 1.2 core schema resolves plain scalars (§10.3.2): ints, floats,
/// true/false and null become JSON numbers, booleans and null; quoted or tagged-string scalars stay strings.
/// </summary>
internal static partial class YamlToJson
{
    public static JsonElement Convert(YamlNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, 0);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = YamlLimits.MaxDepth });
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter w, YamlNode node, int depth)
    {
        // A collection at node depth d opens JSON level d + 1, so collections stop one level before scalars: the
        // JSON never exceeds YamlLimits.MaxDepth, the MaxDepth JsonDocument.Parse is given (an empty collection at
        // depth 64 once passed here and then failed there: fuzzing, issue 12).
        if (depth > YamlLimits.MaxDepth || (depth == YamlLimits.MaxDepth && node is YamlMappingNode or YamlSequenceNode))
        {
            throw new YamlException(node.Start, node.End, $"nesting deeper than the limit of {YamlLimits.MaxDepth} levels");
        }

        switch (node)
        {
            case YamlMappingNode map:
                w.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: "<<" })
                    {
                        continue; // YAML 1.1 merge keys are not part of the 1.2 core schema
                    }

                    w.WritePropertyName(key is YamlScalarNode k ? k.Value ?? string.Empty : key.ToString());
                    Write(w, value, depth + 1);
                }

                w.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                w.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(w, item, depth + 1);
                }

                w.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(w, scalar);
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter w, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && (scalar.Tag.IsEmpty || scalar.Tag.Value == "?");
        if (!plain)
        {
            w.WriteStringValue(text);
            return;
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                w.WriteNullValue();
                return;
            case "true" or "True" or "TRUE":
                w.WriteBooleanValue(true);
                return;
            case "false" or "False" or "FALSE":
                w.WriteBooleanValue(false);
                return;
        }

        if (DecimalInt().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            w.WriteNumberValue(integer);
        }
        else if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            w.WriteNumberValue(hex);
        }
        else if (OctalInt().IsMatch(text))
        {
            w.WriteNumberValue(System.Convert.ToInt64(text[2..], 8));
        }
        else if (Float().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            w.WriteNumberValue(real);
        }
        else
        {
            w.WriteStringValue(text);
        }
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^0o[0-7]{1,21}$")]
    private static partial Regex OctalInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
