using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace TcpRouting.Translation.Traefik;

/// <summary>
/// A System.Text.Json type error said as the CRD schema says it ("expected a list of strings, found a string"),
/// not with .NET type names ("could not be converted to System.Collections.Generic.List`1[System.String]").
/// </summary>
internal static partial class SchemaWords
{
    /// <param name="spec">The spec the error's JSON path (`$.routes[0].match`) points into.</param>
    public static string Describe(JsonException error, JsonElement spec, Assembly types)
    {
        var expected = TypeName().Match(error.Message) is { Success: true } m ? Expected(m.Groups["type"].Value, types) : null;
        if (expected is null)
        {
            var message = error.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }

        return Find(spec, error.Path) is { } found ? $"expected {expected}, found {Kind(found)}" : $"expected {expected}";
    }

    private static string? Expected(string type, Assembly types)
    {
        var inner = Unwrap(type, "System.Nullable`1[");
        if (Unwrap(inner, "System.Collections.Generic.List`1[") is var item && item != inner)
        {
            return "a list of " + Plural(Expected(item, types) ?? "values");
        }

        return inner switch
        {
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            "System.Int32" or "System.Int64" or "System.UInt16" => "an integer",
            "System.Double" => "a number",
            _ when inner.EndsWith(".IntOrString", StringComparison.Ordinal) => "a number or a string",
            _ => types.GetType(inner) is { } t ? (t.IsEnum ? "one of " + string.Join(", ", EnumNames(t)) : "an object") : null,
        };
    }

    private static string Unwrap(string type, string prefix) =>
        type.StartsWith(prefix, StringComparison.Ordinal) && type.EndsWith(']') ? type[prefix.Length..^1] : type;

    private static string Plural(string singular) => singular switch
    {
        "a string" => "strings",
        "an integer" => "integers",
        "an object" => "objects",
        "a number or a string" => "numbers or strings",
        _ => singular,
    };

    private static IEnumerable<string> EnumNames(Type t) => t.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{e.GetRawText()}",
        _ => "null",
    };

    /// <summary>The element at a System.Text.Json path such as `$.routes[0].services`; null when it cannot be followed.</summary>
    private static JsonElement? Find(JsonElement root, string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var current = root;
        foreach (Match step in PathStep().Matches(path[1..]))
        {
            if (step.Groups["name"].Success && current.ValueKind == JsonValueKind.Object && TryProperty(current, step.Groups["name"].Value, out var next))
            {
                current = next;
            }
            else if (step.Groups["index"].Success && current.ValueKind == JsonValueKind.Array && int.TryParse(step.Groups["index"].ValueSpan, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static bool TryProperty(JsonElement o, string name, out JsonElement value)
    {
        foreach (var p in o.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.?(?: Path:|$)")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_-]+)|\[(?<index>\d+)\]|\['(?<name>[^']+)'\]")]
    private static partial Regex PathStep();
}
