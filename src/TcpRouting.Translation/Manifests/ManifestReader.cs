using System.Collections.Immutable;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TcpRouting.Translation.Manifests;

/// <summary>
/// Reads multi-document YAML (and `kind: List`) into <see cref="KubeObject"/>s with their file:line.
/// Pure: the caller reads the files. Each document is parsed on its own, so a broken document costs only itself.
/// </summary>
public static class ManifestReader
{
    public static ManifestReadResult Read(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var objects = ImmutableArray.CreateBuilder<KubeObject>();
        var errors = ImmutableArray.CreateBuilder<ManifestError>();
        foreach (var (text, firstLine) in SplitDocuments(yaml))
        {
            YamlStream stream;
            try
            {
                stream = YamlLimits.Load(text);
            }
            catch (YamlException e)
            {
                errors.Add(new ManifestError(new SourceLocation(fileName, firstLine + (int)e.Start.Line - 1), $"invalid YAML: {e.Message}"));
                continue;
            }

            foreach (var document in stream.Documents)
            {
                ReadDocument(document.RootNode, fileName, firstLine, objects, errors);
            }
        }

        return new ManifestReadResult(objects.ToImmutable(), errors.ToImmutable());
    }

    private static void ReadDocument(YamlNode root, string fileName, int firstLine, ImmutableArray<KubeObject>.Builder objects, ImmutableArray<ManifestError>.Builder errors)
    {
        var location = new SourceLocation(fileName, firstLine + (int)root.Start.Line - 1);
        if (root is YamlScalarNode { Value: null or "" })
        {
            return; // an empty document, e.g. after a trailing "---"
        }

        if (root is not YamlMappingNode map)
        {
            errors.Add(new ManifestError(location, "document is not a Kubernetes object (expected a mapping)"));
            return;
        }

        JsonElement json;
        try
        {
            json = YamlToJson.Convert(map);
        }
        catch (YamlException e)
        {
            errors.Add(new ManifestError(location, e.Message));
            return;
        }

        if (Str(json, "kind") == "List" && map.Children.TryGetValue(new YamlScalarNode("items"), out var items) && items is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                ReadDocument(item, fileName, firstLine, objects, errors);
            }

            return;
        }

        var missing = new List<string>();
        if (string.IsNullOrEmpty(Str(json, "apiVersion")))
        {
            missing.Add("apiVersion");
        }

        if (string.IsNullOrEmpty(Str(json, "kind")))
        {
            missing.Add("kind");
        }

        if (!json.TryGetProperty("metadata", out var metadata) || string.IsNullOrEmpty(Str(metadata, "name")))
        {
            missing.Add("metadata.name");
        }

        if (missing.Count > 0)
        {
            errors.Add(new ManifestError(location, $"not a Kubernetes object: missing {string.Join(", ", missing)}"));
            return;
        }

        objects.Add(KubeObject.FromJson(json, location));
    }

    private static string? Str(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Splits at "---" lines (YAML 1.2 §9.1.3 document markers) with each part's first line number.</summary>
    private static IEnumerable<(string Text, int FirstLine)> SplitDocuments(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i == lines.Length || IsDocumentStart(lines[i]))
            {
                yield return (string.Join('\n', lines[start..i]), start + 1);
                start = i;
            }
        }
    }

    private static bool IsDocumentStart(string line) =>
        line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || char.IsWhiteSpace(line[3]));
}
