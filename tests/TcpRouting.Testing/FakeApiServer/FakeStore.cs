using System.Text.Json.Nodes;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// The fake's etcd: objects by storage key, a global resourceVersion counter, a bounded event history for
/// watches (older versions answer 410 Expired) and the open watchers. One lock keeps events in rv order.
/// </summary>
internal sealed class FakeStore
{
    private readonly Dictionary<string, SortedDictionary<(string Ns, string Name), JsonObject>> _objects = [];
    private readonly LinkedList<(long Rv, string Key, string Type, JsonObject Obj)> _history = [];
    private readonly List<FakeWatcher> _watchers = [];

    public Lock Lock { get; } = new();

    public long Rv { get; private set; }

    /// <summary>Events at or below this version are gone from the history.</summary>
    public long CompactedRv { get; private set; }

    public int HistoryLimit { get; set; } = 1000;

    public IEnumerable<JsonObject> All(string storageKey) =>
        _objects.TryGetValue(storageKey, out var map) ? map.Values : [];

    public JsonObject? Find(string storageKey, string ns, string name) =>
        _objects.TryGetValue(storageKey, out var map) && map.TryGetValue((ns, name), out var o) ? o : null;

    /// <summary>Stores (or with null removes) an object under a new resourceVersion and tells the watchers.</summary>
    public JsonObject Write(string storageKey, string ns, string name, JsonObject obj, string eventType)
    {
        var rv = ++Rv;
        obj["metadata"]!["resourceVersion"] = rv.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_objects.TryGetValue(storageKey, out var map))
        {
            _objects[storageKey] = map = [];
        }

        if (eventType == "DELETED")
        {
            map.Remove((ns, name));
        }
        else
        {
            map[(ns, name)] = obj;
        }

        _history.AddLast((rv, storageKey, eventType, (JsonObject)obj.DeepClone()));
        while (_history.Count > HistoryLimit)
        {
            CompactedRv = _history.First!.Value.Rv;
            _history.RemoveFirst();
        }

        foreach (var w in _watchers.Where(w => w.Matches(storageKey, obj)))
        {
            w.Send(eventType, obj);
        }

        return obj;
    }

    /// <summary>Opens a watch: replays history after <paramref name="fromRv"/> (or the current objects as ADDED), then goes live.</summary>
    public void Subscribe(FakeWatcher watcher, long? fromRv)
    {
        if (fromRv is { } from && from > 0)
        {
            if (from < CompactedRv)
            {
                throw FakeApiError.Expired($"too old resource version: {from} ({CompactedRv + 1})");
            }

            foreach (var e in _history.Where(e => e.Rv > from && watcher.Matches(e.Key, e.Obj)))
            {
                watcher.Send(e.Type, e.Obj);
            }
        }
        else
        {
            foreach (var o in All(watcher.Type.StorageKey).Where(o => watcher.Matches(watcher.Type.StorageKey, o)))
            {
                watcher.Send("ADDED", o);
            }
        }

        _watchers.Add(watcher);
    }

    public void Unsubscribe(FakeWatcher watcher) => _watchers.Remove(watcher);

    /// <summary>Sends every watcher that asked for them a BOOKMARK at the current resourceVersion.</summary>
    public void Bookmark()
    {
        foreach (var w in _watchers.Where(w => w.WantsBookmarks))
        {
            w.Send("BOOKMARK", new JsonObject
            {
                ["kind"] = w.Type.Kind,
                ["apiVersion"] = w.Type.GroupVersion,
                ["metadata"] = new JsonObject { ["resourceVersion"] = Rv.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
        }
    }

    /// <summary>Ends every open watch stream (the client sees EOF and must resume).</summary>
    public void CloseWatches(Func<FakeWatcher, bool>? which = null)
    {
        foreach (var w in _watchers.Where(which ?? (_ => true)).ToList())
        {
            w.Close();
            _watchers.Remove(w);
        }
    }

    /// <summary>Forgets every object and the history, as a server whose etcd was wiped: old versions answer 410.</summary>
    public void Clear()
    {
        _objects.Clear();
        _history.Clear();
        CompactedRv = ++Rv;
    }

    /// <summary>Forgets history only (as etcd compaction does), so watches from older versions answer 410.</summary>
    public void Compact()
    {
        _history.Clear();
        CompactedRv = Rv;
    }

    public static JsonObject AsVersion(JsonObject obj, FakeResourceType type)
    {
        var copy = (JsonObject)obj.DeepClone();
        copy["apiVersion"] = type.GroupVersion;
        copy["kind"] = type.Kind;
        return copy;
    }
}
