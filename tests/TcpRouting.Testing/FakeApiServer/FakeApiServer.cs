using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// A Kubernetes API server in miniature on Kestrel (127.0.0.1, a free port), for testing our client and
/// controller through real HTTP: discovery, CRUD with resourceVersion and generation rules, merge patch,
/// status subresources, list paging, watches with bookmarks and 410 Expired, and the faults a real cluster
/// has (dropped watches, restarts with or without state, slow answers, CRDs removed).
/// </summary>
public sealed partial class FakeApiServer : IAsyncDisposable
{
    private readonly FakeStore _store = new();
    private readonly List<FakeResourceType> _types = [];
    private readonly FakeApiServerOptions _options;
    private readonly X509Certificate2? _certificate;
    private readonly FakeWrites _writes;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _ownedFiles = new(); // kubeconfigs written for this server
    private Func<FakeResourceType, JsonObject, string?> _validator = (_, _) => null;
    private WebApplication? _app;
    private Timer? _bookmarks;

    private FakeApiServer(FakeApiServerOptions options)
    {
        _options = options;
        _store.HistoryLimit = options.HistoryLimit;
        _certificate = options.UseTls ? FakeTlsCertificate.Create() : null;
        _writes = new FakeWrites(_store, (t, o) => FakeCrdValidation.Refusal(t, o) ?? _validator(t, o), options.Clock ?? TimeProvider.System);
        Install(FakeResourceTypes.BuiltIn);
        EnsureSystemNamespaces();
    }

    public int Port { get; private set; }

    public Uri Url => new($"{(_certificate is null ? "http" : "https")}://127.0.0.1:{Port}");

    /// <summary>The serving certificate in PEM (null over plain HTTP), for certificate-authority-data.</summary>
    public string? CaPem => _certificate?.ExportCertificatePem();

    public string? Token => _options.Token;

    /// <summary>Every request answered so far, as "METHOD /path?query".</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Answers wait this long before being handled (a slow or overloaded API server).</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Requests ("METHOD /path?query") this returns true for are refused 403 Forbidden, as RBAC refuses a verb the role lacks.</summary>
    public Func<string, bool>? Forbidden { get; set; }

    public static async Task<FakeApiServer> StartAsync(FakeApiServerOptions? options = null)
    {
        var server = new FakeApiServer(options ?? new FakeApiServerOptions());
        await server.ListenAsync(0).ConfigureAwait(false);
        return server;
    }

    /// <summary>Serves these resource types (CRDs also get their CustomResourceDefinition object).</summary>
    public void Install(IEnumerable<FakeResourceType> types)
    {
        lock (_store.Lock)
        {
            foreach (var type in types.Where(t => !_types.Contains(t)))
            {
                _types.Add(type);
                if (type.IsCrd)
                {
                    WriteCrd(type.Group, type.Plural);
                }
            }
        }
    }

    /// <summary>Deletes a CRD: the kind is no longer served, its objects are gone and its watches end.</summary>
    public void Uninstall(string group, string plural)
    {
        lock (_store.Lock)
        {
            _types.RemoveAll(t => t.Group == group && t.Plural == plural);
            var key = $"{group}/{plural}";
            _store.CloseWatches(w => w.Type.StorageKey == key);
            foreach (var o in _store.All(key).ToList())
            {
                _store.Write(key, Ns(o), Name(o), (JsonObject)o.DeepClone(), "DELETED");
            }

            WriteCrd(group, plural);
        }
    }

    /// <summary>A validation of the kind CRD schemas or admission would do: return a message (e.g. "spec.x: Required value") to refuse with 422.</summary>
    public void SetValidator(Func<FakeResourceType, JsonObject, string?> validator) => _validator = validator;

    public void DropWatches()
    {
        lock (_store.Lock)
        {
            _store.CloseWatches();
        }
    }

    /// <summary>Forgets the event history: a watch resumed from an older version gets 410 Expired.</summary>
    public void Compact()
    {
        lock (_store.Lock)
        {
            _store.Compact();
        }
    }

    public void SendBookmarks()
    {
        lock (_store.Lock)
        {
            _store.Bookmark();
        }
    }

    public long ResourceVersion
    {
        get
        {
            lock (_store.Lock)
            {
                return _store.Rv;
            }
        }
    }

    /// <summary>Stops serving; open connections and watches break.</summary>
    public async Task StopAsync()
    {
        DropWatches();
        if (_bookmarks is not null)
        {
            await _bookmarks.DisposeAsync().ConfigureAwait(false);
        }

        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    /// <summary>Stops and starts again on the same port, keeping every object or (as an etcd wipe) losing them all.</summary>
    public async Task RestartAsync(bool keepState)
    {
        await StopAsync().ConfigureAwait(false);
        if (!keepState)
        {
            lock (_store.Lock)
            {
                _store.Clear();
                foreach (var group in _types.Where(t => t.IsCrd).GroupBy(t => t.StorageKey))
                {
                    WriteCrd(group.First().Group, group.First().Plural);
                }

                EnsureSystemNamespaces();
            }
        }

        await ListenAsync(Port).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _certificate?.Dispose();
        foreach (var file in _ownedFiles)
        {
            File.Delete(file);
        }
    }

    /// <summary>Deletes <paramref name="path"/> when the server is disposed (files that only make sense while it runs).</summary>
    public void Owns(string path) => _ownedFiles.Enqueue(path);

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port, l =>
        {
            if (_certificate is not null)
            {
                l.UseHttps(_certificate);
            }
        }));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        _app = app;
        if (_options.BookmarkInterval is { } every)
        {
            _bookmarks = new Timer(_ => SendBookmarks(), null, every, every);
        }
    }

    private void EnsureSystemNamespaces()
    {
        foreach (var ns in new[] { "default", "kube-system" })
        {
            if (_store.Find(FakeResourceTypes.Namespaces.StorageKey, string.Empty, ns) is null)
            {
                _writes.Create(FakeResourceTypes.Namespaces, string.Empty, new JsonObject { ["metadata"] = new JsonObject { ["name"] = ns } });
            }
        }
    }

    private void WriteCrd(string group, string plural)
    {
        var versions = _types.Where(t => t.Group == group && t.Plural == plural).ToList();
        var name = $"{plural}.{group}";
        var crds = FakeResourceTypes.Crds;
        var existing = _store.Find(crds.StorageKey, string.Empty, name);
        if (versions.Count == 0)
        {
            if (existing is not null)
            {
                _writes.Delete(crds, string.Empty, name);
            }
        }
        else if (existing is null)
        {
            _writes.Create(crds, string.Empty, FakeDiscovery.Crd(versions));
        }
        else
        {
            _writes.Update(crds, string.Empty, name, _ => FakeDiscovery.Crd(versions), status: false);
        }
    }

    private static string Ns(JsonObject o) => o["metadata"]?["namespace"]?.GetValue<string>() ?? string.Empty;

    private static string Name(JsonObject o) => o["metadata"]?["name"]?.GetValue<string>() ?? string.Empty;

    private static Task WriteJsonAsync(HttpContext context, int code, JsonNode body)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }
}
