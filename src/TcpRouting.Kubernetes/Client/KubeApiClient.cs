using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// A small Kubernetes API client on HttpClient and System.Text.Json: CRUD, merge patch, list with paging and
/// watch for any resource by group/version/plural. Errors are <see cref="KubeApiException"/>s.
/// Conventions: https://kubernetes.io/docs/reference/using-api/api-concepts/.
/// </summary>
public sealed class KubeApiClient : IDisposable
{
    private const string MergePatch = "application/merge-patch+json";
    private readonly HttpClient _http;
    private readonly TokenSource _token;

    public KubeApiClient(KubeClientConfig config, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        _token = new TokenSource(config.Token, config.TokenFile);
        _http = new HttpClient(handler ?? KubeHttpHandlerFactory.Create(config))
        {
            BaseAddress = config.Server,
            // Watches stream for minutes; unary calls get their own deadline below.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("tcprouting/1.0");
    }

    public KubeClientConfig Config { get; }

    /// <summary>The namespace of the kubeconfig context or the pod's service account.</summary>
    public string DefaultNamespace => Config.Namespace;

    /// <summary>The deadline of one non-watch request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public Task<JsonElement> GetAsync(KubeResource resource, string? @namespace, string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, resource.Path(@namespace, name), null, null, cancellationToken);

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

    /// <summary>GET of any API path (discovery documents: /apis, /api/v1, /apis/group/version).</summary>
    public Task<JsonElement> GetPathAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    /// <summary>One page of a list; <paramref name="namespace"/> null lists all namespaces.</summary>
    public async Task<KubeList> ListAsync(KubeResource resource, string? @namespace, KubeListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KubeListOptions();
        var query = Query(
            ("limit", options.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("continue", options.Continue),
            ("fieldSelector", options.FieldSelector),
            ("labelSelector", options.LabelSelector),
            ("resourceVersion", options.ResourceVersion));
        var list = await SendAsync(HttpMethod.Get, resource.Path(@namespace) + query, null, null, cancellationToken).ConfigureAwait(false);
        var items = list.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Array
            ? i.EnumerateArray().Select(item => WithTypeMeta(item, resource)).ToImmutableArray()
            : [];
        var rv = KubeJsonPath.Str(list, "metadata", "resourceVersion") ?? string.Empty;
        var next = KubeJsonPath.Str(list, "metadata", "continue");
        return new KubeList(items, rv, string.IsNullOrEmpty(next) ? null : next);
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
        SendAsync(HttpMethod.Post, resource.Path(@namespace), body, "application/json", cancellationToken);

    /// <summary>PUT: replaces the object; a metadata.resourceVersion in <paramref name="body"/> makes it conditional (409 when stale).</summary>
    public Task<JsonElement> ReplaceAsync(KubeResource resource, string? @namespace, string name, JsonNode body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, resource.Path(@namespace, name), body, "application/json", cancellationToken);

    /// <summary>PUT of the status subresource: only .status is taken.</summary>
    public Task<JsonElement> ReplaceStatusAsync(KubeResource resource, string? @namespace, string name, JsonNode body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, resource.Path(@namespace, name, "status"), body, "application/json", cancellationToken);

    /// <summary>JSON merge patch (RFC 7386); <paramref name="subresource"/> "status" patches the status subresource.</summary>
    public Task<JsonElement> MergePatchAsync(KubeResource resource, string? @namespace, string name, JsonNode patch, string? subresource = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, resource.Path(@namespace, name, subresource), patch, MergePatch, cancellationToken);

    /// <summary>Merge patch of the status subresource.</summary>
    public Task<JsonElement> PatchStatusAsync(KubeResource resource, string? @namespace, string name, JsonNode patch, CancellationToken cancellationToken = default) =>
        MergePatchAsync(resource, @namespace, name, patch, "status", cancellationToken);

    /// <summary>
    /// Server-side apply (https://kubernetes.io/docs/reference/using-api/server-side-apply/): the fields in
    /// <paramref name="body"/> become <paramref name="fieldManager"/>'s, and fields it declared before and no longer
    /// declares are removed. force takes over fields another manager set.
    /// </summary>
    public Task<JsonElement> ApplyAsync(KubeResource resource, string? @namespace, string name, JsonNode body, string fieldManager, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, resource.Path(@namespace, name) + Query(("fieldManager", fieldManager), ("force", "true")), body, "application/apply-patch+yaml", cancellationToken);

    /// <summary>Deletes the object; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(KubeResource resource, string? @namespace, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            await SendAsync(HttpMethod.Delete, resource.Path(@namespace, name), null, null, cancellationToken).ConfigureAwait(false);
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
        var path = resource.Path(@namespace) + Query(
            ("watch", "1"),
            ("resourceVersion", options.ResourceVersion),
            ("allowWatchBookmarks", options.AllowWatchBookmarks ? "true" : null),
            ("timeoutSeconds", options.TimeoutSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("fieldSelector", options.FieldSelector),
            ("labelSelector", options.LabelSelector));
        using var request = NewRequest(HttpMethod.Get, path, null, null);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var type = KubeJsonPath.Str(doc.RootElement, "type") ?? string.Empty;
            var obj = KubeJsonPath.Get(doc.RootElement, "object") ?? default;
            if (type == "ERROR")
            {
                throw StatusException(obj, HttpStatusCode.InternalServerError, $"WATCH {path}");
            }

            yield return new KubeWatchEvent(type, type == KubeWatchEvent.Bookmark ? obj.Clone() : WithTypeMeta(obj, resource));
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, JsonNode? body, string? contentType, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        using var request = NewRequest(method, path, body, contentType);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, timeout.Token).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default;
        }

        using var doc = JsonDocument.Parse(bytes);
        return doc.RootElement.Clone();
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, JsonNode? body, string? contentType)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_token.Current() is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/json");
        }

        return request;
    }

    private static async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var what = $"{request.Method} {request.RequestUri}";
        try
        {
            using var doc = JsonDocument.Parse(text);
            throw StatusException(doc.RootElement, response.StatusCode, what);
        }
        catch (JsonException)
        {
            throw KubeApiException.Create(response.StatusCode, response.ReasonPhrase ?? response.StatusCode.ToString(), text.Trim(), what);
        }
    }

    /// <summary>A metav1.Status as an exception: code, reason and message as the server said them.</summary>
    private static KubeApiException StatusException(JsonElement status, HttpStatusCode fallback, string what)
    {
        var code = KubeJsonPath.Get(status, "code") is { ValueKind: JsonValueKind.Number } c && c.TryGetInt32(out var n) && n > 0 ? (HttpStatusCode)n : fallback;
        var reason = KubeJsonPath.Str(status, "reason") is { Length: > 0 } r ? r : code.ToString();
        return KubeApiException.Create(code, reason, KubeJsonPath.Str(status, "message") ?? string.Empty, what);
    }

    /// <summary>List items and watch objects may lack apiVersion/kind; KubeObject needs them, so they are filled in.</summary>
    private static JsonElement WithTypeMeta(JsonElement item, KubeResource resource)
    {
        if (item.ValueKind != JsonValueKind.Object || (KubeJsonPath.Str(item, "kind") is { Length: > 0 } && KubeJsonPath.Str(item, "apiVersion") is { Length: > 0 }))
        {
            return item.Clone();
        }

        var node = JsonNode.Parse(item.GetRawText())!.AsObject();
        node["apiVersion"] = resource.ApiVersion;
        node["kind"] = resource.Kind;
        return JsonSerializer.SerializeToElement(node);
    }

    private static string Query(params (string Key, string? Value)[] parameters)
    {
        var parts = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}
