using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// Our thin layer over KubernetesClient: any resource by group/version/plural as JSON (the translation reads
/// objects as JSON, so the library's generic custom-object calls serve core kinds and CRDs alike), list with
/// paging, watch, merge and status patches, each with a deadline and the library's errors mapped by
/// <see cref="KubeErrors"/>. Typed calls (Leases, Events, discovery) go through <see cref="CallAsync{T}(Func{IKubernetes, CancellationToken, Task{T}}, CancellationToken)"/>.
/// </summary>
public sealed class KubeApiClient : IDisposable
{
    private readonly k8s.Kubernetes _api;

    public KubeApiClient(KubernetesClientConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Server = new Uri(config.Host);
        DefaultNamespace = config.Namespace ?? "default";
        _api = new k8s.Kubernetes(config, new CoreGroupPaths());
    }

    public Uri Server { get; }

    /// <summary>The namespace of the kubeconfig context or the pod's service account.</summary>
    public string DefaultNamespace { get; }

    /// <summary>The deadline of one non-watch request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    private ICustomObjectsOperations Objects => _api.CustomObjects;

    public Task<JsonElement> GetAsync(KubeResource resource, string? @namespace, string name, CancellationToken cancellationToken = default) =>
        CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.GetNamespacedCustomObjectAsync<JsonElement>(resource.Group, resource.Version, @namespace, resource.Plural, name, ct)
            : Objects.GetClusterCustomObjectAsync<JsonElement>(resource.Group, resource.Version, resource.Plural, name, ct), cancellationToken);

    /// <summary>The object, or null when it does not exist.</summary>
    public async Task<JsonElement?> TryGetAsync(KubeResource resource, string? @namespace, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetAsync(resource, @namespace, name, cancellationToken).ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            return null;
        }
    }

    /// <summary>One page of a list; <paramref name="namespace"/> null lists all namespaces.</summary>
    public async Task<KubeList> ListAsync(KubeResource resource, string? @namespace, KubeListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? new KubeListOptions();
        var list = await CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.ListNamespacedCustomObjectAsync<JsonElement>(
                resource.Group, resource.Version, @namespace, resource.Plural, continueParameter: o.Continue, fieldSelector: o.FieldSelector,
                labelSelector: o.LabelSelector, limit: o.Limit, resourceVersion: o.ResourceVersion, cancellationToken: ct)
            : Objects.ListClusterCustomObjectAsync<JsonElement>(
                resource.Group, resource.Version, resource.Plural, continueParameter: o.Continue, fieldSelector: o.FieldSelector,
                labelSelector: o.LabelSelector, limit: o.Limit, resourceVersion: o.ResourceVersion, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var items = list.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Array
            ? i.EnumerateArray().Select(item => WithTypeMeta(item, resource)).ToImmutableArray()
            : [];
        var next = KubeJsonPath.Str(list, "metadata", "continue");
        return new KubeList(items, KubeJsonPath.Str(list, "metadata", "resourceVersion") ?? string.Empty, string.IsNullOrEmpty(next) ? null : next);
    }

    /// <summary>Every page of a list (limit/continue), as one consistent snapshot at the returned resourceVersion.</summary>
    public async Task<KubeList> ListAllAsync(KubeResource resource, string? @namespace, KubeListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KubeListOptions(Limit: 500);
        var items = ImmutableArray.CreateBuilder<JsonElement>();
        string? next = null;
        string rv;
        do
        {
            var page = await ListAsync(resource, @namespace, options with { Continue = next }, cancellationToken).ConfigureAwait(false);
            items.AddRange(page.Items);
            rv = page.ResourceVersion;
            next = page.Continue;
        }
        while (next is not null);

        return new KubeList(items.ToImmutable(), rv, null);
    }

    public Task<JsonElement> CreateAsync(KubeResource resource, string? @namespace, JsonNode body, CancellationToken cancellationToken = default) =>
        CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.CreateNamespacedCustomObjectAsync<JsonElement>(body, resource.Group, resource.Version, @namespace, resource.Plural, cancellationToken: ct)
            : Objects.CreateClusterCustomObjectAsync<JsonElement>(body, resource.Group, resource.Version, resource.Plural, cancellationToken: ct), cancellationToken);

    /// <summary>PUT: replaces the object; a metadata.resourceVersion in <paramref name="body"/> makes it conditional (409 when stale).</summary>
    public Task<JsonElement> ReplaceAsync(KubeResource resource, string? @namespace, string name, JsonNode body, CancellationToken cancellationToken = default) =>
        CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.ReplaceNamespacedCustomObjectAsync<JsonElement>(body, resource.Group, resource.Version, @namespace, resource.Plural, name, cancellationToken: ct)
            : Objects.ReplaceClusterCustomObjectAsync<JsonElement>(body, resource.Group, resource.Version, resource.Plural, name, cancellationToken: ct), cancellationToken);

    /// <summary>JSON merge patch (RFC 7386) of the object.</summary>
    public Task<JsonElement> MergePatchAsync(KubeResource resource, string? @namespace, string name, JsonNode patch, CancellationToken cancellationToken = default) =>
        CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.PatchNamespacedCustomObjectAsync<JsonElement>(Merge(patch), resource.Group, resource.Version, @namespace, resource.Plural, name, cancellationToken: ct)
            : Objects.PatchClusterCustomObjectAsync<JsonElement>(Merge(patch), resource.Group, resource.Version, resource.Plural, name, cancellationToken: ct), cancellationToken);

    /// <summary>JSON merge patch of the status subresource: only .status (and a resourceVersion precondition) is taken.</summary>
    public Task<JsonElement> PatchStatusAsync(KubeResource resource, string? @namespace, string name, JsonNode patch, CancellationToken cancellationToken = default) =>
        CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.PatchNamespacedCustomObjectStatusAsync<JsonElement>(Merge(patch), resource.Group, resource.Version, @namespace, resource.Plural, name, cancellationToken: ct)
            : Objects.PatchClusterCustomObjectStatusAsync<JsonElement>(Merge(patch), resource.Group, resource.Version, resource.Plural, name, cancellationToken: ct), cancellationToken);

    /// <summary>
    /// Server-side apply (https://kubernetes.io/docs/reference/using-api/server-side-apply/): the fields in
    /// <paramref name="body"/> become <paramref name="fieldManager"/>'s, and fields it declared before and no longer
    /// declares are removed. force takes over fields another manager set.
    /// </summary>
    public Task<JsonElement> ApplyAsync(KubeResource resource, string? @namespace, string name, JsonNode body, string fieldManager, CancellationToken cancellationToken = default) =>
        CallAsync(ct => Scoped(resource, @namespace)
            ? Objects.PatchNamespacedCustomObjectAsync<JsonElement>(Apply(body), resource.Group, resource.Version, @namespace, resource.Plural, name, fieldManager: fieldManager, force: true, cancellationToken: ct)
            : Objects.PatchClusterCustomObjectAsync<JsonElement>(Apply(body), resource.Group, resource.Version, resource.Plural, name, fieldManager: fieldManager, force: true, cancellationToken: ct), cancellationToken);

    /// <summary>Deletes the object; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(KubeResource resource, string? @namespace, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            await CallAsync(ct => Scoped(resource, @namespace)
                ? Objects.DeleteNamespacedCustomObjectAsync<JsonElement>(resource.Group, resource.Version, @namespace, resource.Plural, name, cancellationToken: ct)
                : Objects.DeleteClusterCustomObjectAsync<JsonElement>(resource.Group, resource.Version, resource.Plural, name, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (KubeNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// One watch stream: events until the server ends it (timeoutSeconds) or it breaks. An ERROR event is
    /// thrown as a <see cref="KubeApiException"/> (410 <see cref="KubeGoneException"/>: list again).
    /// Resuming, relisting and backoff belong to the caller.
    /// </summary>
    public async IAsyncEnumerable<KubeWatchEvent> WatchAsync(
        KubeResource resource, string? @namespace, KubeWatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Exception? failure = null;
        void Failed(Exception e) => failure ??= e;
        var stream = Scoped(resource, @namespace)
            ? Objects.WatchListNamespacedCustomObjectAsync(
                resource.Group, resource.Version, @namespace, resource.Plural, allowWatchBookmarks: options.AllowWatchBookmarks, fieldSelector: options.FieldSelector,
                labelSelector: options.LabelSelector, resourceVersion: options.ResourceVersion, timeoutSeconds: options.TimeoutSeconds, onError: Failed, cancellationToken: cancellationToken)
            : Objects.WatchListClusterCustomObjectAsync(
                resource.Group, resource.Version, resource.Plural, allowWatchBookmarks: options.AllowWatchBookmarks, fieldSelector: options.FieldSelector,
                labelSelector: options.LabelSelector, resourceVersion: options.ResourceVersion, timeoutSeconds: options.TimeoutSeconds, onError: Failed, cancellationToken: cancellationToken);
        await using var events = stream.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            bool more;
            try
            {
                more = await events.MoveNextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw KubeErrors.Map(e);
            }

            // The library hands an ERROR event (a metav1.Status) to the error callback and reads on.
            if (failure is not null)
            {
                throw KubeErrors.Map(failure);
            }

            if (!more)
            {
                yield break;
            }

            var (type, body) = events.Current;
            var obj = body as JsonElement? ?? JsonSerializer.SerializeToElement(body);
            var name = type.ToString().ToUpperInvariant();
            yield return new KubeWatchEvent(name, name == KubeWatchEvent.Bookmark ? obj : WithTypeMeta(obj, resource));
        }
    }

    public void Dispose() => _api.Dispose();

    private static bool Scoped(KubeResource resource, string? @namespace) => resource.Namespaced && !string.IsNullOrEmpty(@namespace);

    private static V1Patch Merge(JsonNode patch) => new(patch.ToJsonString(), V1Patch.PatchType.MergePatch);

    private static V1Patch Apply(JsonNode body) => new(body.ToJsonString(), V1Patch.PatchType.ApplyPatch);

    /// <summary>A typed call of the library (Leases, Events, discovery), with the same deadline and error mapping.</summary>
    public Task<T> CallAsync<T>(Func<IKubernetes, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        return CallAsync(ct => call(_api, ct), cancellationToken);
    }

    private async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            return await call(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw KubeErrors.Map(e);
        }
    }

    /// <summary>List items and watch objects may lack apiVersion/kind; KubeObject needs them, so they are filled in.</summary>
    private static JsonElement WithTypeMeta(JsonElement item, KubeResource resource)
    {
        if (item.ValueKind != JsonValueKind.Object || (KubeJsonPath.Str(item, "kind") is { Length: > 0 } && KubeJsonPath.Str(item, "apiVersion") is { Length: > 0 }))
        {
            return item;
        }

        var node = JsonNode.Parse(item.GetRawText())!.AsObject();
        node["apiVersion"] = resource.ApiVersion;
        node["kind"] = resource.Kind;
        return JsonSerializer.SerializeToElement(node);
    }
}
