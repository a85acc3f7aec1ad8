using System.Text.Json;

namespace TcpRouting.Translation;

/// <summary>Where an object was read from a file, for `validate` messages (file:line).</summary>
public sealed record SourceLocation(string File, int Line);

/// <summary>
/// One Kubernetes object as the API server or a manifest gave it: raw JSON, so unknown fields are kept and
/// each translator reads it into its own types. Built by the watch cache or the manifest reader.
/// </summary>
public sealed record KubeObject(string ApiVersion, string Kind, string Namespace, string Name, JsonElement Json, SourceLocation? Location = null)
{
    public string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;

    public string Version => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[(ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..] : ApiVersion;

    public long Generation => Metadata(out var m) && m.TryGetProperty("generation", out var g) && g.ValueKind == JsonValueKind.Number && g.TryGetInt64(out var v) ? v : 0;

    public DateTimeOffset? CreationTimestamp =>
        Metadata(out var m) && m.TryGetProperty("creationTimestamp", out var t) && t.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(t.GetString(), out var ts) ? ts : null;

    public string? ResourceVersion => Metadata(out var m) && m.TryGetProperty("resourceVersion", out var rv) && rv.ValueKind == JsonValueKind.String ? rv.GetString() : null;

    public string? Uid => Metadata(out var m) && m.TryGetProperty("uid", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;

    public SourceRef Ref => new(Kind, Namespace, Name);

    public string? Annotation(string key) => StringMapValue("annotations", key);

    public string? Label(string key) => StringMapValue("labels", key);

    /// <summary>The object's JSON read into <typeparamref name="T"/>, unknown fields ignored.</summary>
    public T As<T>() => Json.Deserialize<T>(KubeJson.Options)!;

    private string? StringMapValue(string map, string key) =>
        Metadata(out var m) && m.TryGetProperty(map, out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private bool Metadata(out JsonElement metadata)
    {
        if (Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("metadata", out metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        metadata = default;
        return false;
    }

    /// <summary>Builds a KubeObject from an API object; the namespace defaults to <paramref name="defaultNamespace"/>.</summary>
    public static KubeObject FromJson(JsonElement json, SourceLocation? location = null, string defaultNamespace = "default")
    {
        string Str(JsonElement e, string p) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
        var metadata = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("metadata", out var m) ? m : default;
        var ns = Str(metadata, "namespace");
        return new KubeObject(Str(json, "apiVersion"), Str(json, "kind"), ns.Length == 0 ? defaultNamespace : ns, Str(metadata, "name"), json.Clone(), location);
    }
}
