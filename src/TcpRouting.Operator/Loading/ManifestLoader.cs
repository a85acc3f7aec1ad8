using System.Collections.Immutable;
using TcpRouting.Operator.Cli;
using TcpRouting.Translation;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Loading;

/// <summary>Reads files and folders of multi-document YAML (folders: every *.yaml and *.yml, recursively).</summary>
internal static class ManifestLoader
{
    public static bool IsManifestPath(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every path; a path that does not exist is a user error.</summary>
    public static ManifestSet Load(IEnumerable<string> paths) => new([.. FindFiles(paths).Select(ReadFile)]);

    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsManifestPath).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UserErrorException($"{path}: no such file or directory");
            }
        }

        return files;
    }

    /// <summary>Reads one file; a file that cannot be read (removed while we looked, no permission) becomes an error on it.</summary>
    public static ManifestFile ReadFile(string path)
    {
        string text;
        try
        {
            if (new FileInfo(path).Length > YamlLimits.MaxFileBytes)
            {
                return new ManifestFile(path, [], [new ManifestError(new SourceLocation(path, 1), $"file larger than the limit of {YamlLimits.MaxFileBytes} bytes (32 MiB); it is not read")]);
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ManifestFile(path, [], [new ManifestError(new SourceLocation(path, 1), $"cannot read the file: {e.Message}")]);
        }

        var read = ManifestReader.Read(text, path);
        return new ManifestFile(path, read.Objects, read.Errors);
    }
}
