using TcpRouting.Operator.Loading;

namespace TcpRouting.Operator.Hosting;

/// <summary>Notifies a <see cref="Debouncer"/> when a manifest (or a folder that may hold some) under the root changes.</summary>
internal sealed class ManifestWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;

    public ManifestWatcher(string root, Debouncer debouncer)
    {
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnChange(string? path)
        {
            // Editors' swap and backup files are not ours; a path without an extension may be a folder.
            if (path is null || ManifestLoader.IsManifestPath(path) || !Path.HasExtension(path))
            {
                debouncer.Notify();
            }
        }

        _watcher.Changed += (_, e) => OnChange(e.FullPath);
        _watcher.Created += (_, e) => OnChange(e.FullPath);
        _watcher.Deleted += (_, e) => OnChange(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            OnChange(e.OldFullPath);
            OnChange(e.FullPath);
        };
        // An overflowed event queue lost changes we cannot name: reload everything.
        _watcher.Error += (_, _) => debouncer.Notify();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose() => _watcher.Dispose();
}
