using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>The YAML examples of the seed documents: ```yaml fences and `echo "..." | kubectl apply -f -` blocks.</summary>
internal static partial class SeedExamples
{
    public sealed record Example(string Id, JsonObject Object);

    public static IReadOnlyList<string> Files()
    {
        if (!Directory.Exists(Repo.Seeds))
        {
            throw new DirectoryNotFoundException($"the seed documents are not at {Repo.Seeds} (shared/seeds beside the checkout)");
        }

        return [.. Directory.EnumerateFiles(Repo.Seeds, "*.txt").Order(StringComparer.Ordinal)];
    }

    /// <summary>Every YAML block, as text, with the seed file and its position.</summary>
    public static IEnumerable<(string Id, string Yaml)> Blocks()
    {
        foreach (var file in Files())
        {
            var text = File.ReadAllText(file);
            var index = 0;
            foreach (Match match in Fence().Matches(text))
            {
                yield return ($"{Path.GetFileName(file)}#{index++}", match.Groups["body"].Value);
            }

            foreach (Match match in EchoApply().Matches(text))
            {
                yield return ($"{Path.GetFileName(file)}#{index++}", match.Groups["body"].Value);
            }
        }
    }

    /// <summary>Every Kubernetes object (a document with apiVersion and kind) in the blocks.</summary>
    public static IReadOnlyList<Example> Objects() =>
    [
        .. Blocks().SelectMany(b => YamlDocuments.Parse(Unindent(b.Yaml))
            .Where(o => o["apiVersion"] is JsonValue && o["kind"] is JsonValue)
            .Select((o, i) => new Example($"{b.Id}.{i} {o["kind"]} {o["metadata"]?["name"]}", o))),
    ];

    private static string Unindent(string yaml)
    {
        var lines = yaml.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"```ya?ml[^\n]*\n(?<body>.*?)\n\s*```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"echo ""(?<body>apiVersion:.*?)""\s*\|\s*kubectl apply", RegexOptions.Singleline)]
    private static partial Regex EchoApply();
}
