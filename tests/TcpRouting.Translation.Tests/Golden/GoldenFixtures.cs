using TcpRouting.Translation.Config;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests.Golden;

/// <summary>The fixture folders (Fixtures/&lt;case&gt;/input.yaml, optional config.yaml, expected.json) and how to translate one.</summary>
internal static class GoldenFixtures
{
    public static string Directory { get; } = Path.Combine(TestFiles.ProjectDirectory, "Fixtures");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in System.IO.Directory.GetDirectories(Directory).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "input.yaml")))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    /// <summary>The snapshot of a case; a YAML or config error in a fixture fails the test instead of hiding.</summary>
    public static ResourceSnapshot Snapshot(string name)
    {
        var folder = Path.Combine(Directory, name);
        var read = ManifestReader.Read(File.ReadAllText(Path.Combine(folder, "input.yaml")), $"{name}/input.yaml");
        if (!read.Errors.IsEmpty)
        {
            throw new InvalidOperationException($"fixture {name}: {string.Join("; ", read.Errors)}");
        }

        var config = StaticConfig.Empty;
        var configFile = Path.Combine(folder, "config.yaml");
        if (File.Exists(configFile))
        {
            config = StaticConfigParser.Parse(File.ReadAllText(configFile), $"{name}/config.yaml", out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"fixture {name}: {string.Join("; ", errors)}");
            }
        }

        return ResourceSnapshot.Of(read.Objects, config);
    }
}
