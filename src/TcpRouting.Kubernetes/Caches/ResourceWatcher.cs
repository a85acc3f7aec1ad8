using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Discovery;

namespace TcpRouting.Kubernetes.Caches;

/// <summary>
/// A cache of one resource in one scope, kept by list-then-watch: resume from the last resourceVersion
/// (bookmarks keep it fresh) after a dropped stream, list again on 410 Expired, back off on errors
/// (https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes).
/// Every change calls <paramref name="changed"/>.
/// </summary>
internal sealed class ResourceWatcher(
    KubeApiClient client, ServedKind kind, string? @namespace, Action changed, ClusterOptions options, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<(string Namespace, string Name), KubeObject> _objects = new();
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _resourceVersion;

    public ServedKind Kind => kind;

    public string? Namespace => @namespace;

    public bool IsSynced => _synced.Task.IsCompleted;

    public ICollection<KubeObject> Objects => _objects.Values;

    public KubeObject? Find(string ns, string name) => _objects.GetValueOrDefault((kind.Resource.Namespaced ? ns : string.Empty, name));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        KubernetesLog.Watching(logger, kind.Resource.ToString(), @namespace ?? "all namespaces", kind.HasStatus);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (_resourceVersion is null)
                {
                    await ListAsync(cancellationToken).ConfigureAwait(false);
                }

                var events = await WatchAsync(cancellationToken).ConfigureAwait(false);
                failures = 0;
                if (events == 0)
                {
                    // A stream that ends at once and says nothing: do not spin on it.
                    await Task.Delay(options.WatchBackoffMin, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (KubeGoneException)
            {
                KubernetesLog.WatchExpired(logger, kind.Resource.ToString());
                _resourceVersion = null;
            }
            catch (Exception e)
            {
                var delay = Backoff.Delay(++failures, options.WatchBackoffMin, options.WatchBackoffMax);
                KubernetesLog.WatchFailed(logger, kind.Resource.ToString(), delay, e.Message);
                try
                {
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var list = await client.ListAllAsync(kind.Resource, @namespace, new KubeListOptions(Limit: 500, FieldSelector: kind.FieldSelector), cancellationToken)
            .ConfigureAwait(false);
        var fresh = list.Items.Select(ToObject).ToDictionary(Key);
        var dirty = false;
        foreach (var key in _objects.Keys.Where(k => !fresh.ContainsKey(k)))
        {
            dirty |= _objects.TryRemove(key, out _);
        }

        foreach (var (key, o) in fresh)
        {
            dirty |= Put(key, o);
        }

        _resourceVersion = list.ResourceVersion;
        if (dirty || !IsSynced)
        {
            _synced.TrySetResult();
            changed();
        }
    }

    private async Task<int> WatchAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        var timeout = (int)options.WatchTimeout.TotalSeconds;
        var watch = new KubeWatchOptions(_resourceVersion, AllowWatchBookmarks: true, TimeoutSeconds: timeout + Random.Shared.Next(Math.Max(1, timeout)), FieldSelector: kind.FieldSelector);
        await foreach (var e in client.WatchAsync(kind.Resource, @namespace, watch, cancellationToken).ConfigureAwait(false))
        {
            count++;
            var dirty = e.Type switch
            {
                KubeWatchEvent.Added or KubeWatchEvent.Modified => Put(Key(ToObject(e.Object)), ToObject(e.Object)),
                KubeWatchEvent.Deleted => _objects.TryRemove(Key(ToObject(e.Object)), out _),
                _ => false,
            };
            _resourceVersion = e.ResourceVersion ?? _resourceVersion;
            if (dirty)
            {
                changed();
            }
        }

        return count;
    }

    private bool Put((string, string) key, KubeObject o)
    {
        var previous = _objects.GetValueOrDefault(key);
        if (previous is not null && previous.ResourceVersion == o.ResourceVersion && o.ResourceVersion is not null)
        {
            return false;
        }

        _objects[key] = o;
        return true;
    }

    private KubeObject ToObject(System.Text.Json.JsonElement json) =>
        KubeObject.FromJson(json, defaultNamespace: kind.Resource.Namespaced ? "default" : string.Empty);

    private (string, string) Key(KubeObject o) => (kind.Resource.Namespaced ? o.Namespace : string.Empty, o.Name);
}
