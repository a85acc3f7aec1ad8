using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Discovery;
using TcpRouting.Translation.Status;

namespace TcpRouting.Kubernetes.Caches;

/// <summary>
/// The running watchers: one per served kind and namespace (all namespaces when none are configured, and
/// always for cluster-scoped kinds). Follows discovery: kinds that appear start, kinds that vanish stop and
/// their objects drop out.
/// </summary>
internal sealed class WatcherSet(KubeApiClient client, ClusterOptions options, Action changed, TimeProvider time, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly Dictionary<string, (ResourceWatcher Watcher, CancellationTokenSource Stop, Task Run)> _running = [];
    private readonly Lock _lock = new();
    private readonly ILogger _logger = loggers.CreateLogger<WatcherSet>();

    public bool AllSynced
    {
        get
        {
            lock (_lock)
            {
                return _running.Values.All(r => r.Watcher.IsSynced);
            }
        }
    }

    public IReadOnlyList<ResourceWatcher> Watchers
    {
        get
        {
            lock (_lock)
            {
                return [.. _running.Values.Select(r => r.Watcher)];
            }
        }
    }

    public void Follow(ImmutableArray<ServedKind> served)
    {
        var wanted = new Dictionary<string, (ServedKind Kind, string? Ns)>();
        foreach (var kind in served)
        {
            foreach (var ns in Scopes(kind))
            {
                wanted[$"{kind.Key}@{ns}"] = (kind, ns);
            }
        }

        var removed = false;
        lock (_lock)
        {
            foreach (var key in _running.Keys.Where(k => !wanted.ContainsKey(k)).ToList())
            {
                KubernetesLog.KindRemoved(_logger, _running[key].Watcher.Kind.Resource.ToString());
                _running[key].Stop.Cancel();
                _running.Remove(key);
                removed = true;
            }

            foreach (var (key, (kind, ns)) in wanted.Where(w => !_running.ContainsKey(w.Key)))
            {
                var watcher = new ResourceWatcher(client, kind, ns, changed, options, time, loggers.CreateLogger<ResourceWatcher>());
                var stop = new CancellationTokenSource();
                _running[key] = (watcher, stop, Task.Run(() => watcher.RunAsync(stop.Token)));
            }
        }

        if (removed)
        {
            changed();
        }
    }

    /// <summary>
    /// Where a kind is watched: everywhere (null) unless namespaces are configured. Services are also watched where
    /// exposure keeps its own (the operator's namespace and the publish Service's), which need not be among the
    /// watched namespaces: the addresses that go into statuses are written there (the chart grants Services there).
    /// </summary>
    private IEnumerable<string?> Scopes(ServedKind kind)
    {
        if (!kind.Resource.Namespaced || options.Namespaces.IsDefaultOrEmpty)
        {
            return [null];
        }

        var scopes = options.Namespaces.AsEnumerable();
        if (kind.Resource == KubeResource.Services && options.Exposure is { } exposure)
        {
            scopes = scopes.Append(exposure.PodNamespace);
            if (exposure.PublishService is { } publish)
            {
                scopes = scopes.Append(publish.Namespace);
            }
        }

        return scopes.Distinct(StringComparer.Ordinal);
    }

    /// <summary>Our objects of every watched kind, class-filtered.</summary>
    public IEnumerable<KubeObject> Objects(Func<KubeObject, KindFamily, bool> isOurs) =>
        Watchers.SelectMany(w => w.Objects.Where(o => isOurs(o, w.Kind.Family)));

    /// <summary>The cached object and its kind for a translated status.</summary>
    public (ServedKind Kind, KubeObject Object)? Find(ObjectStatus status)
    {
        var group = status.ApiVersion.Contains('/', StringComparison.Ordinal) ? status.ApiVersion[..status.ApiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        foreach (var w in Watchers.Where(w => w.Kind.Resource.Kind == status.Object.Kind && w.Kind.Resource.Group == group))
        {
            if (w.Find(status.Object.Namespace, status.Object.Name) is { } o)
            {
                return (w.Kind, o);
            }
        }

        return null;
    }

    /// <summary>The cached Service, or null when it is not (yet) seen or its namespace is not watched.</summary>
    public KubeObject? FindService(string @namespace, string name) =>
        Watchers.Where(w => w.Kind.Resource.Kind == "Service" && w.Kind.Resource.Group.Length == 0).Select(w => w.Find(@namespace, name)).FirstOrDefault(o => o is not null);

    public async ValueTask DisposeAsync()
    {
        List<(ResourceWatcher, CancellationTokenSource Stop, Task Run)> all;
        lock (_lock)
        {
            all = [.. _running.Values];
            _running.Clear();
        }

        foreach (var r in all)
        {
            await r.Stop.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(all.Select(r => r.Run)).ConfigureAwait(false);
        foreach (var r in all)
        {
            r.Stop.Dispose();
        }
    }
}
