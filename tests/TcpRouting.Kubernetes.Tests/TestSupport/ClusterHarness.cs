using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Model;
using TcpRouting.Testing.FakeApiServer;
using TcpRouting.Translation;

namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>A fake API server and a running <see cref="ClusterController"/> reading it through a kubeconfig, with short timings.</summary>
internal sealed class ClusterHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly KubeApiClient _client;
    private readonly bool _ownsServer;
    private readonly TestOutputLoggerProvider _log = new(TestContext.Current.TestOutputHelper);
    private readonly ILoggerFactory _loggers;
    private Task? _run;

    private ClusterHarness(FakeApiServer server, ClusterOptions options, bool ownsServer)
    {
        Server = server;
        Options = options;
        _ownsServer = ownsServer;
        _loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(_log));
        _client = new KubeApiClient(KubeConfigResolver.Resolve(options.Kubeconfig));
        Controller = new ClusterController(options, Holder, _loggers, TimeProvider.System, Health);
    }

    public FakeApiServer Server { get; }

    public ClusterOptions Options { get; }

    public RouteTableHolder Holder { get; } = new();

    /// <summary>Stands in for the proxy's active health results.</summary>
    public BackendHealthHolder Health { get; } = new();

    /// <summary>The controller's log lines so far ("Category Level: message").</summary>
    public IReadOnlyCollection<string> Logs => _log.Lines;

    public ClusterController Controller { get; }

    public static StaticConfig Config { get; } = new([new EntryPointConfig("postgres", "127.0.0.1:15432", ListenerOptions.Default)]);

    public static async Task<FakeApiServer> ServerWithEverythingAsync(FakeApiServerOptions? options = null)
    {
        var server = await FakeApiServer.StartAsync(options);
        server.Install(FakeResourceTypes.Traefik());
        server.Install(FakeResourceTypes.GatewayApi());
        server.Install(FakeResourceTypes.Kong);
        server.Install(FakeResourceTypes.Ngrok);
        return server;
    }

    public static async Task<ClusterHarness> StartAsync(Func<ClusterOptions, ClusterOptions>? configure = null, FakeApiServer? server = null, string identity = "replica-1")
    {
        var owns = server is null;
        server ??= await ServerWithEverythingAsync();
        var options = new ClusterOptions(
            FakeKubeconfig.WriteFile(server), ClusterOptions.DefaultClass, [], TranslationSettings.DefaultGatewayControllerName, "default", "tcprouting-leader", identity, Config)
        {
            Debounce = TimeSpan.FromMilliseconds(50),
            DiscoveryInterval = TimeSpan.FromMilliseconds(300),
            WatchBackoffMin = TimeSpan.FromMilliseconds(50),
            WatchBackoffMax = TimeSpan.FromMilliseconds(500),
            LeaseDuration = TimeSpan.FromSeconds(2),
            LeaseRetryInterval = TimeSpan.FromMilliseconds(200),
        };
        var harness = new ClusterHarness(server, configure?.Invoke(options) ?? options, owns);
        harness.Start();
        return harness;
    }

    public void Start() => _run = Task.Run(() => Controller.RunAsync(_client, _stop.Token));

    public IEnumerable<Route> Routes => Holder.Current.Listeners.SelectMany(l => l.Routes);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _client.Dispose();
        _loggers.Dispose();
        File.Delete(Options.Kubeconfig!);
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }
    }

    public static ImmutableArray<string> Ns(params string[] names) => [.. names];
}
