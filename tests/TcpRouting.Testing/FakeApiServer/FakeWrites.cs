using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// Create, update, patch and delete with the API server's rules: server-owned metadata (uid,
/// creationTimestamp, generation, resourceVersion), optimistic concurrency on resourceVersion, the status
/// subresource split (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#status-subresource)
/// and no new version for a write that changes nothing.
/// </summary>
internal sealed partial class FakeWrites(FakeStore store, Func<FakeResourceType, JsonObject, string?> validate, TimeProvider time)
{
    public JsonObject Create(FakeResourceType type, string ns, JsonObject body)
    {
        var metadata = body["metadata"] as JsonObject ?? [];
        body["metadata"] = metadata;
        if (metadata["name"]?.GetValue<string>() is not { Length: > 0 } name)
        {
            if (metadata["generateName"]?.GetValue<string>() is { Length: > 0 } prefix)
            {
                name = prefix + Guid.NewGuid().ToString("N")[..5];
            }
            else
            {
                throw FakeApiError.Invalid(type, string.Empty, "metadata.name: Required value: name or generateName is required");
            }
        }

        Validate(type, name, body);
        if (type.Namespaced && store.Find(FakeResourceTypes.Namespaces.StorageKey, string.Empty, ns) is null)
        {
            throw new FakeApiError(404, "NotFound", $"namespaces \"{ns}\" not found");
        }

        if (store.Find(type.StorageKey, ns, name) is not null)
        {
            throw FakeApiError.AlreadyExists(type, name);
        }

        metadata["name"] = name;
        metadata.Remove("namespace");
        if (type.Namespaced)
        {
            metadata["namespace"] = ns;
        }

        metadata["uid"] = Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        metadata["generation"] = 1;
        if (type.StatusSubresource)
        {
            body.Remove("status");
        }

        return store.Write(type.StorageKey, ns, name, Strip(body), "ADDED");
    }

    /// <summary>PUT or PATCH of the object (<paramref name="status"/> false) or its status subresource.</summary>
    public JsonObject Update(FakeResourceType type, string ns, string name, Func<JsonObject, JsonObject> change, bool status)
    {
        var old = store.Find(type.StorageKey, ns, name) ?? throw FakeApiError.NotFound(type, name);
        var proposed = change((JsonObject)old.DeepClone());
        var rv = proposed["metadata"]?["resourceVersion"]?.GetValue<string>();
        if (!string.IsNullOrEmpty(rv) && rv != old["metadata"]!["resourceVersion"]!.GetValue<string>())
        {
            throw FakeApiError.Conflict(type, name);
        }

        if (proposed["metadata"]?["name"]?.GetValue<string>() is { } newName && newName != name)
        {
            throw FakeApiError.Invalid(type, name, $"metadata.name: Invalid value: \"{newName}\": field is immutable");
        }

        var next = (JsonObject)old.DeepClone();
        if (status)
        {
            // A write to /status takes status only.
            next["status"] = proposed["status"]?.DeepClone();
        }
        else
        {
            foreach (var (key, value) in proposed.Where(p => p.Key != "metadata" && !(type.StatusSubresource && p.Key == "status")).ToList())
            {
                next[key] = value?.DeepClone();
            }

            foreach (var key in next.Select(p => p.Key).Where(k => k != "metadata" && !(type.StatusSubresource && k == "status") && !proposed.ContainsKey(k)).ToList())
            {
                next.Remove(key);
            }

            var meta = next["metadata"]!.AsObject();
            foreach (var field in new[] { "labels", "annotations", "finalizers", "ownerReferences" })
            {
                meta[field] = proposed["metadata"]?[field]?.DeepClone();
            }

            Validate(type, name, next);
        }

        next = Strip(next);
        if (JsonNode.DeepEquals(next, old))
        {
            return old;
        }

        // Spec changes move metadata.generation; status and metadata changes do not (with a status subresource).
        if (!JsonNode.DeepEquals(WithoutMetaAndStatus(next, type), WithoutMetaAndStatus(old, type)))
        {
            next["metadata"]!["generation"] = (old["metadata"]!["generation"] is { } g ? long.Parse(g.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) : 0) + 1;
        }

        return store.Write(type.StorageKey, ns, name, next, "MODIFIED");
    }

    public JsonObject Delete(FakeResourceType type, string ns, string name)
    {
        var old = store.Find(type.StorageKey, ns, name) ?? throw FakeApiError.NotFound(type, name);
        return store.Write(type.StorageKey, ns, name, (JsonObject)old.DeepClone(), "DELETED");
    }

    private void Validate(FakeResourceType type, string name, JsonObject obj)
    {
        if (name.Length > 253 || !Rfc1123Subdomain().IsMatch(name))
        {
            throw FakeApiError.Invalid(type, name, $"metadata.name: Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character");
        }

        if (validate(type, obj) is { } problem)
        {
            throw FakeApiError.Invalid(type, name, problem);
        }
    }

    /// <summary>Empty maps and nulls vanish on write, as they do through the real server's typed decoding.</summary>
    private static JsonObject Strip(JsonObject obj)
    {
        foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            obj.Remove(key);
        }

        if (obj["metadata"] is JsonObject meta)
        {
            foreach (var key in meta.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                meta.Remove(key);
            }
        }

        return obj;
    }

    private static JsonObject WithoutMetaAndStatus(JsonObject obj, FakeResourceType type)
    {
        var copy = (JsonObject)obj.DeepClone();
        copy.Remove("metadata");
        if (type.StatusSubresource)
        {
            copy.Remove("status");
        }

        return copy;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Rfc1123Subdomain();
}
