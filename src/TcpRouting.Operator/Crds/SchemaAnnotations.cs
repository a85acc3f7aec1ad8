using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using TcpRouting.Translation.Core;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// The JsonSchemaExporter hook: turns the attributes on our C# types into OpenAPI keywords
/// ([Description], [DefaultValue], [Required], [Range], [MinLength], [MaxLength], [RegularExpression]) and maps
/// the types Kubernetes spells its own way (IntOrString, free-form JSON).
/// [Required] is the DataAnnotations attribute, which System.Text.Json does not enforce: the API server refuses
/// an object without the field, while the translators still read such an object and report the field by name.
/// </summary>
internal static class SchemaAnnotations
{
    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var node = Special(type) ?? (schema as JsonObject ?? new JsonObject());

        if (type.IsPrimitive && node["format"] is null)
        {
            // Gateway API and Traefik declare integer widths; int32 fields reject values past 2^31 on the server too.
            var format = type == typeof(int) ? "int32" : type == typeof(long) ? "int64" : null;
            if (format is not null)
            {
                node["format"] = format;
            }
        }

        if (context.TypeInfo.Properties.Any(p => p.IsExtensionData))
        {
            // [JsonExtensionData] keeps unknown fields, so the API server must keep them too.
            node.Remove("additionalProperties");
            node["x-kubernetes-preserve-unknown-fields"] = true;
        }

        AddRequired(context.TypeInfo, node);

        var attributes = context.PropertyInfo?.AttributeProvider;
        if (Attribute<RequiredAttribute>(attributes) is not null)
        {
            // A required field may not be null either: `nullable: true` would let `field: null` through.
            NotNull(node);
        }

        var description = Attribute<DescriptionAttribute>(attributes)?.Description ?? (context.PropertyInfo is null ? type.GetCustomAttribute<DescriptionAttribute>()?.Description : null);
        if (description is not null)
        {
            node["description"] = description;
        }

        if (Attribute<DefaultValueAttribute>(attributes) is { } defaultValue)
        {
            node["default"] = JsonSerializer.SerializeToNode(defaultValue.Value);
        }

        if (Attribute<RangeAttribute>(attributes) is { } range)
        {
            SetBound(node, "minimum", range.Minimum);
            SetBound(node, "maximum", range.Maximum);
        }

        var array = node["type"]?.ToJsonString().Contains("array", StringComparison.Ordinal) == true;
        if (Attribute<MinLengthAttribute>(attributes) is { } min)
        {
            node[array ? "minItems" : "minLength"] = min.Length;
        }

        if (Attribute<MaxLengthAttribute>(attributes) is { } max)
        {
            node[array ? "maxItems" : "maxLength"] = max.Length;
        }

        if (Attribute<RegularExpressionAttribute>(attributes) is { } pattern)
        {
            node["pattern"] = pattern.Pattern;
        }

        return node;
    }

    // The object's [Required] properties join any the exporter listed already (C# `required` members).
    private static void AddRequired(JsonTypeInfo typeInfo, JsonObject node)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var names = typeInfo.Properties
            .Where(p => Attribute<RequiredAttribute>(p.AttributeProvider) is not null)
            .Select(p => p.Name)
            .ToList();
        if (names.Count == 0)
        {
            return;
        }

        var required = node["required"] as JsonArray ?? [];
        foreach (var name in names.Where(n => !required.Any(r => r?.GetValue<string>() == n)))
        {
            required.Add(name);
        }

        node["required"] = required;
    }

    private static void NotNull(JsonObject node)
    {
        if (node["type"] is JsonArray types)
        {
            var named = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.GetValue<string>()).ToList();
            node["type"] = named.Count == 1 ? named[0] : new JsonArray([.. named.Select(t => JsonValue.Create(t))]);
        }

        node.Remove("nullable");
    }

    // [Range(0, long.MaxValue)] arrives as a double; a bound at the type's own limit says nothing, so it is left out.
    private static void SetBound(JsonObject node, string keyword, object bound)
    {
        var value = Convert.ToDouble(bound, CultureInfo.InvariantCulture);
        if (Math.Abs(value) < int.MaxValue + 1.0)
        {
            node[keyword] = (long)value;
        }
    }

    private static JsonObject? Special(Type type)
    {
        if (type == typeof(IntOrString))
        {
            return new JsonObject { ["x-kubernetes-int-or-string"] = true };
        }

        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(JsonObject) || type == typeof(object))
        {
            // Free-form values (e.g. an ngrok traffic policy): kept as written, like upstream's preserve-unknown-fields.
            return new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
        }

        return null;
    }

    private static T? Attribute<T>(ICustomAttributeProvider? provider)
        where T : Attribute =>
        provider?.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
}
