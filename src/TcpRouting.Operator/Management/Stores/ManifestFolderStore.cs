using System.Text.Json.Nodes;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Translation;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Management.Stores;

/// <summary>
/// Managed objects in a GitOps folder: one YAML file per object (kind.namespace.name.yaml), so a commit shows
/// exactly what changed. Objects written by hand are found wherever they are (every *.yaml and *.yml,
/// recursively, as `run --manifests` reads them) and replaced in place when they are alone in their file.
/// </summary>
internal sealed class ManifestFolderStore(string directory) : IRouteStore
{
    public string Description => $"folder {directory}";

    public TranslationSettings Settings { get; } = TranslationSettings.Default with { ManifestMode = true };

    public Task<IReadOnlyList<KubeObject>> ListAsync(ManagedKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KubeObject>>([.. ReadAll().SelectMany(f => f.Objects).Where(kind.Matches)]);

    public async Task<ApplyOutcome> ApplyAsync(ManagedKind kind, JsonObject manifest, CancellationToken cancellationToken)
    {
        var ns = (string)manifest["metadata"]!["namespace"]!;
        var name = (string)manifest["metadata"]!["name"]!;
        var existing = Locate(kind, ns, name);
        var path = existing ?? Path.Combine(directory, FileName(kind, ns, name));
        Directory.CreateDirectory(directory);
        // Write beside and move over, so a `run --manifests` watching the folder never reads half a file.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, CrdYaml.Write(manifest), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        return existing is null ? ApplyOutcome.Created : ApplyOutcome.Replaced;
    }

    public Task<bool> DeleteAsync(ManagedKind kind, string @namespace, string name, CancellationToken cancellationToken)
    {
        if (Locate(kind, @namespace, name) is not { } path)
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<KubeObject>> SnapshotAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KubeObject>>([.. ReadAll().SelectMany(f => f.Objects)]);

    public static string FileName(ManagedKind kind, string @namespace, string name) => $"{kind.CliName}.{@namespace}.{name}.yaml";

    /// <summary>The file that holds this object; an object sharing its file with others is not ours to rewrite.</summary>
    private string? Locate(ManagedKind kind, string @namespace, string name)
    {
        foreach (var (path, objects) in ReadAll())
        {
            var match = objects.Where(o => kind.Matches(o) && o.Namespace == @namespace && o.Name == name).ToList();
            if (match.Count == 0)
            {
                continue;
            }

            if (objects.Length > 1)
            {
                throw new ManagementException(
                    $"{kind.Kind} {@namespace}/{name} is defined in {path} together with {objects.Length - 1} other object(s): move it to a file of its own or edit that file by hand");
            }

            return path;
        }

        return null;
    }

    private IEnumerable<(string Path, System.Collections.Immutable.ImmutableArray<KubeObject> Objects)> ReadAll()
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            yield return (path, ManifestReader.Read(File.ReadAllText(path), path).Objects);
        }
    }
}
