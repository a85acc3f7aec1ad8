using System.Globalization;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>
/// The samples of a Prometheus text exposition (https://prometheus.io/docs/instrumenting/exposition_formats/):
/// enough to read a gauge, with or without labels.
/// </summary>
internal sealed class PrometheusText
{
    private readonly List<(string Name, string Labels, double Value)> _samples;

    private PrometheusText(string text, List<(string, string, double)> samples)
    {
        Text = text;
        _samples = samples;
    }

    public string Text { get; }

    public IEnumerable<string> Names => _samples.Select(s => s.Name).Distinct();

    public static PrometheusText Parse(string text)
    {
        var samples = new List<(string, string, double)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var close = line.LastIndexOf('}');
            var name = brace >= 0 ? line[..brace] : line[..line.IndexOf(' ', StringComparison.Ordinal)];
            var labels = brace >= 0 ? line[(brace + 1)..close] : "";
            var rest = (brace >= 0 ? line[(close + 1)..] : line[name.Length..]).Trim().Split(' ')[0];
            if (double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                samples.Add((name, labels, value));
            }
        }

        return new PrometheusText(text, samples);
    }

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels contain every fragment of <paramref name="labelFragments"/>.</summary>
    public double Sum(string name, params string[] labelFragments) =>
        _samples.Where(s => s.Name == name && labelFragments.All(f => s.Labels.Contains(f, StringComparison.Ordinal))).Sum(s => s.Value);

    public bool Has(string name) => _samples.Any(s => s.Name == name);
}
