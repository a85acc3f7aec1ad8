using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>The HTTP side: the REST paths of https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris.</summary>
public sealed partial class FakeApiServer
{
    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var line = $"{request.Method} {request.Path}{request.QueryString}";
        _requests.Enqueue(line);
        try
        {
            if (Forbidden?.Invoke(line) == true)
            {
                throw new FakeApiError(403, "Forbidden", $"{request.Method} {request.Path} is forbidden: the role does not grant it");
            }

            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, context.RequestAborted).ConfigureAwait(false);
            }

            if (_options.Token is { } token && request.Headers.Authorization.ToString() != $"Bearer {token}")
            {
                throw new FakeApiError(401, "Unauthorized", "Unauthorized");
            }

            await RouteAsync(context).ConfigureAwait(false);
        }
        catch (FakeApiError e)
        {
            await WriteJsonAsync(context, e.Code, e.ToStatus()).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await WriteJsonAsync(context, 400, FakeApiError.Status(400, "BadRequest", $"the body of the request was in an unknown format: {e.Message}")).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException && !context.Response.HasStarted)
        {
            // A bug in the fake or a test: say what it was rather than a bare 500.
            await WriteJsonAsync(context, 500, FakeApiError.Status(500, "InternalError", e.ToString())).ConfigureAwait(false);
        }
    }

    private async Task RouteAsync(HttpContext context)
    {
        var s = context.Request.Path.Value!.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        List<FakeResourceType> types;
        lock (_store.Lock)
        {
            types = [.. _types];
        }

        switch (s)
        {
            case ["api"]:
                await WriteJsonAsync(context, 200, FakeDiscovery.CoreVersions()).ConfigureAwait(false);
                return;
            case ["apis"]:
                await WriteJsonAsync(context, 200, FakeDiscovery.Groups(types)).ConfigureAwait(false);
                return;
            case ["api", var v]:
                await WriteJsonAsync(context, 200, FakeDiscovery.Resources(v, types.Where(t => t.Group.Length == 0 && t.Version == v))).ConfigureAwait(false);
                return;
            case ["apis", var g, var v]:
                var served = types.Where(t => t.Group == g && t.Version == v).ToList();
                await WriteJsonAsync(context, served.Count == 0 ? 404 : 200, served.Count == 0 ? NotServed() : FakeDiscovery.Resources($"{g}/{v}", served)).ConfigureAwait(false);
                return;
        }

        var core = s.Length > 1 && s[0] == "api";
        var group = core ? string.Empty : s.ElementAtOrDefault(1) ?? string.Empty;
        var version = core ? s[1] : s.ElementAtOrDefault(2) ?? string.Empty;
        var rest = s.Skip(core ? 2 : 3).ToArray();
        FakeResourceType? Find(string? plural) => types.FirstOrDefault(t => t.Group == group && t.Version == version && t.Plural == plural);
        string ns = string.Empty, plural;
        string? name, sub;
        if (rest is ["namespaces", var n, var p, ..] && Find(p) is { Namespaced: true })
        {
            (ns, plural, name, sub) = (n, p, rest.ElementAtOrDefault(3), rest.ElementAtOrDefault(4));
        }
        else
        {
            (plural, name, sub) = (rest.ElementAtOrDefault(0) ?? string.Empty, rest.ElementAtOrDefault(1), rest.ElementAtOrDefault(2));
        }

        var type = Find(plural);
        if (type is null || (sub is not null && (sub != "status" || !type.StatusSubresource)) || (name is not null && type.Namespaced && ns.Length == 0))
        {
            throw new FakeApiError(404, "NotFound", "the server could not find the requested resource");
        }

        await HandleResourceAsync(context, type, ns, name, sub == "status").ConfigureAwait(false);
    }

    private async Task HandleResourceAsync(HttpContext context, FakeResourceType type, string ns, string? name, bool status)
    {
        var method = context.Request.Method;
        var query = context.Request.Query;
        if (name is null && method == "GET" && (query["watch"] == "1" || query["watch"] == "true"))
        {
            await WatchAsync(context, type, ns).ConfigureAwait(false);
            return;
        }

        JsonNode result;
        var code = 200;
        if (name is null && method == "GET")
        {
            result = List(type, ns, query);
        }
        else if (name is null && method == "POST")
        {
            var body = await ReadObjectAsync(context).ConfigureAwait(false);
            if (body["metadata"]?["namespace"]?.GetValue<string>() is { Length: > 0 } bodyNs && type.Namespaced && bodyNs != ns)
            {
                throw new FakeApiError(400, "BadRequest", "the namespace of the provided object does not match the namespace sent on the request");
            }

            lock (_store.Lock)
            {
                result = FakeStore.AsVersion(_writes.Create(type, ns, body), type);
            }

            code = 201;
        }
        else if (name is not null)
        {
            result = await HandleObjectAsync(context, type, ns, name, status).ConfigureAwait(false);
        }
        else
        {
            throw new FakeApiError(405, "MethodNotAllowed", $"{method} is not supported on a collection");
        }

        await WriteJsonAsync(context, code, result).ConfigureAwait(false);
    }

    private async Task<JsonNode> HandleObjectAsync(HttpContext context, FakeResourceType type, string ns, string name, bool status)
    {
        switch (context.Request.Method)
        {
            case "GET":
                lock (_store.Lock)
                {
                    return FakeStore.AsVersion(_store.Find(type.StorageKey, ns, name) ?? throw FakeApiError.NotFound(type, name), type);
                }

            case "PUT":
                var body = await ReadObjectAsync(context).ConfigureAwait(false);
                lock (_store.Lock)
                {
                    return FakeStore.AsVersion(_writes.Update(type, ns, name, _ => body, status), type);
                }

            case "PATCH":
                if (context.Request.ContentType?.StartsWith("application/merge-patch+json", StringComparison.Ordinal) != true)
                {
                    throw new FakeApiError(415, "UnsupportedMediaType", $"the fake serves merge patches only, not {context.Request.ContentType}");
                }

                var patch = await ReadObjectAsync(context).ConfigureAwait(false);
                lock (_store.Lock)
                {
                    return FakeStore.AsVersion(_writes.Update(type, ns, name, old => (JsonObject)JsonMergePatch.Apply(old, patch)!, status), type);
                }

            case "DELETE":
                lock (_store.Lock)
                {
                    return FakeStore.AsVersion(_writes.Delete(type, ns, name), type);
                }

            default:
                throw new FakeApiError(405, "MethodNotAllowed", $"{context.Request.Method} is not supported");
        }
    }

    /// <summary>A list sorted by namespace and name, paged by limit/continue; a continue token older than the history answers 410.</summary>
    private JsonObject List(FakeResourceType type, string ns, IQueryCollection query)
    {
        var fields = FakeSelector.Parse(query["fieldSelector"], labels: false);
        var labels = FakeSelector.Parse(query["labelSelector"], labels: true);
        var limit = int.TryParse(query["limit"], out var l) && l > 0 ? l : int.MaxValue;
        lock (_store.Lock)
        {
            var (rv, offset) = (_store.Rv, 0);
            if (query["continue"].ToString() is { Length: > 0 } token)
            {
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|');
                (rv, offset) = (long.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                if (rv < _store.CompactedRv)
                {
                    throw FakeApiError.Expired("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");
                }
            }

            var matching = _store.All(type.StorageKey)
                .Where(o => (ns.Length == 0 || Ns(o) == ns) && (fields?.Matches(o) ?? true) && (labels?.Matches(o) ?? true))
                .ToList();
            var page = matching.Skip(offset).Take(limit).ToList();
            var metadata = new JsonObject { ["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture) };
            if (offset + page.Count < matching.Count)
            {
                metadata["continue"] = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rv}|{offset + page.Count}"));
            }

            // Items carry no apiVersion/kind in a real list response; clients fill them in.
            var items = new JsonArray([.. page.Select(o =>
            {
                var copy = (JsonObject)o.DeepClone();
                copy.Remove("apiVersion");
                copy.Remove("kind");
                return (JsonNode)copy;
            })]);
            return new JsonObject { ["kind"] = type.Kind + "List", ["apiVersion"] = type.GroupVersion, ["metadata"] = metadata, ["items"] = items };
        }
    }

    private async Task WatchAsync(HttpContext context, FakeResourceType type, string ns)
    {
        var query = context.Request.Query;
        var watcher = new FakeWatcher(
            type,
            ns.Length == 0 ? null : ns,
            FakeSelector.Parse(query["fieldSelector"], labels: false),
            FakeSelector.Parse(query["labelSelector"], labels: true),
            query["allowWatchBookmarks"] == "true");
        long? from = long.TryParse(query["resourceVersion"], out var rv) ? rv : null;
        lock (_store.Lock)
        {
            try
            {
                _store.Subscribe(watcher, from);
            }
            catch (FakeApiError e)
            {
                // The real server answers 200 and then an ERROR event carrying the Status.
                watcher.Lines.Writer.TryWrite(new JsonObject { ["type"] = "ERROR", ["object"] = e.ToStatus() });
                watcher.Close();
            }
        }

        // A stopping server breaks its watches at once, as a real API server going away does; otherwise a
        // watch that reconnected during shutdown would hang until Kestrel's shutdown timeout gives up on it.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        if (int.TryParse(query["timeoutSeconds"], out var seconds) && seconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            await foreach (var line in watcher.Lines.Reader.ReadAllAsync(timeout.Token).ConfigureAwait(false))
            {
                await context.Response.WriteAsync(line.ToJsonString() + "\n", timeout.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // timeoutSeconds passed: the stream ends normally.
        }
        finally
        {
            lock (_store.Lock)
            {
                _store.Unsubscribe(watcher);
            }
        }
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpContext context) =>
        await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject
        ?? throw new FakeApiError(400, "BadRequest", "the body must be a JSON object");

    private static JsonObject NotServed() => FakeApiError.Status(404, "NotFound", "the server could not find the requested resource");
}
