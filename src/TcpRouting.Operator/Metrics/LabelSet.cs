using System.Globalization;

namespace TcpRouting.Operator.Metrics;

/// <summary>
/// The tags of one measurement as Prometheus labels: names sanitised, values as invariant text, sorted by name,
/// and already rendered (`a="x",b="y"`), which also serves as the series key.
/// </summary>
internal sealed record LabelSet(string Rendered)
{
    public static LabelSet Empty { get; } = new(string.Empty);

    public static LabelSet From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return Empty;
        }

        var pairs = new List<(string Name, string Value)>(tags.Length);
        foreach (var tag in tags)
        {
            pairs.Add((PrometheusNames.Label(tag.Key), ValueText(tag.Value)));
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new LabelSet(string.Join(',', pairs.Select(p => $"{p.Name}=\"{PrometheusNames.EscapeLabelValue(p.Value)}\"")));
    }

    /// <summary>These labels plus one more (the histogram's `le`), rendered for a sample line.</summary>
    public string With(string name, string value) => Rendered.Length == 0 ? $"{name}=\"{value}\"" : $"{Rendered},{name}=\"{value}\"";

    private static string ValueText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
