using System.Text.Json.Nodes;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// Field and label selectors as the API server reads them: comma-separated terms of <c>key=value</c>,
/// <c>key==value</c>, <c>key!=value</c> and (labels only) a bare <c>key</c> for existence.
/// </summary>
internal sealed class FakeSelector(IReadOnlyList<(string Key, string Op, string Value)> terms, bool labels)
{
    public static FakeSelector? Parse(string? text, bool labels)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<(string, string, string)>();
        foreach (var term in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var op = term.Contains("!=", StringComparison.Ordinal) ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : term.Contains('=', StringComparison.Ordinal) ? "=" : "exists";
            var parts = op == "exists" ? [term, string.Empty] : term.Split(op, 2);
            terms.Add((parts[0].Trim(), op == "==" ? "=" : op, parts[1].Trim()));
        }

        return new FakeSelector(terms, labels);
    }

    public bool Matches(JsonObject obj) => terms.All(t =>
    {
        var value = labels ? obj["metadata"]?["labels"]?[t.Key]?.GetValue<string>() : Field(obj, t.Key);
        return t.Op switch
        {
            "exists" => value is not null,
            "!=" => value != t.Value,
            _ => value == t.Value,
        };
    });

    private static string? Field(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node is JsonValue v ? v.ToString() : null;
    }
}
