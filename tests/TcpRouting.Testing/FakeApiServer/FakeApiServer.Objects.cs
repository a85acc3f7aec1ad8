using System.Text.Json;
using System.Text.Json.Nodes;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>Server-side access for arranging and inspecting a test, through the same write rules as HTTP.</summary>
public sealed partial class FakeApiServer
{
    /// <summary>Creates the object, or replaces its spec (and status, with <paramref name="withStatus"/>) when it exists.</summary>
    public JsonObject Apply(FakeResourceType type, JsonObject obj, bool withStatus = false)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(obj);
        var ns = type.Namespaced ? obj["metadata"]?["namespace"]?.GetValue<string>() ?? "default" : string.Empty;
        var name = Name(obj);
        lock (_store.Lock)
        {
            var body = (JsonObject)obj.DeepClone();
            body["metadata"]!.AsObject().Remove("resourceVersion");
            var result = _store.Find(type.StorageKey, ns, name) is null
                ? _writes.Create(type, ns, body)
                : _writes.Update(type, ns, name, _ => body, status: false);
            if (withStatus && obj["status"] is { } status && type.StatusSubresource)
            {
                result = _writes.Update(type, ns, name, o => { o["status"] = status.DeepClone(); return o; }, status: true);
            }

            return FakeStore.AsVersion(result, type);
        }
    }

    /// <summary>Parses JSON and applies it; the type is found by apiVersion and kind.</summary>
    public JsonObject Apply(string json)
    {
        var obj = JsonNode.Parse(json)!.AsObject();
        return Apply(TypeOf(obj), obj);
    }

    public JsonObject? Get(FakeResourceType type, string? ns, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_store.Lock)
        {
            return _store.Find(type.StorageKey, type.Namespaced ? ns ?? "default" : string.Empty, name) is { } o ? FakeStore.AsVersion(o, type) : null;
        }
    }

    public IReadOnlyList<JsonObject> List(FakeResourceType type, string? ns = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_store.Lock)
        {
            return [.. _store.All(type.StorageKey).Where(o => ns is null || Ns(o) == ns).Select(o => FakeStore.AsVersion(o, type))];
        }
    }

    public bool Delete(FakeResourceType type, string? ns, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_store.Lock)
        {
            var key = type.Namespaced ? ns ?? "default" : string.Empty;
            if (_store.Find(type.StorageKey, key, name) is null)
            {
                return false;
            }

            _writes.Delete(type, key, name);
            return true;
        }
    }

    /// <summary>Creates a namespace (with labels) if it does not exist.</summary>
    public void EnsureNamespace(string name, IReadOnlyDictionary<string, string>? labels = null)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (labels is not null)
        {
            metadata["labels"] = JsonSerializer.SerializeToNode(labels);
        }

        Apply(FakeResourceTypes.Namespaces, new JsonObject { ["metadata"] = metadata });
    }

    private FakeResourceType TypeOf(JsonObject obj)
    {
        var apiVersion = obj["apiVersion"]?.GetValue<string>() ?? string.Empty;
        var kind = obj["kind"]?.GetValue<string>() ?? string.Empty;
        lock (_store.Lock)
        {
            return _types.FirstOrDefault(t => t.GroupVersion == apiVersion && t.Kind == kind)
                ?? throw new InvalidOperationException($"the fake API server does not serve {apiVersion} {kind}");
        }
    }
}
