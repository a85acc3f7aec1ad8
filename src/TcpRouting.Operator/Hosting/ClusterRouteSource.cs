using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Hosting;

/// <summary>`run` without --manifests: the <see cref="ClusterController"/> watches the cluster and swaps the table.
/// If it fails for good (no kubeconfig, API unreachable at start), `run` ends with its reason in one line.</summary>
internal sealed partial class ClusterRouteSource : BackgroundService, IRouteSource
{
    private readonly ClusterController _controller;
    private readonly RunOutcome _outcome;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<ClusterRouteSource> _logger;

    public ClusterRouteSource(RunSettings settings, RouteTableHolder holder, BackendHealthHolder health, ListenerBindHolder binds, ILoggerFactory loggerFactory, TimeProvider time, RunOutcome outcome,
        IHostApplicationLifetime lifetime)
    {
        _controller = new ClusterController(Options(settings), holder, loggerFactory, time, health, binds);
        _outcome = outcome;
        _lifetime = lifetime;
        _logger = loggerFactory.CreateLogger<ClusterRouteSource>();
    }

    public bool IsReady => _controller.IsReady;

    public TranslationResult? LastResult => _controller.LastResult;

    public string RequestReload() => "nothing to reload, the cluster is watched live";

    internal static ClusterOptions Options(RunSettings settings)
    {
        // The Downward API gives the pod its name and namespace; outside a pod the host name will do.
        var identity = Environment.GetEnvironmentVariable("POD_NAME") ?? Environment.MachineName;
        var leaseNamespace = Environment.GetEnvironmentVariable("POD_NAMESPACE") ?? "default";
        return new ClusterOptions(
            settings.Kubeconfig,
            settings.Class,
            settings.Namespaces,
            settings.GatewayControllerName,
            leaseNamespace,
            "tcprouting-leader",
            identity,
            settings.Config) { Exposure = settings.Exposure };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _controller.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogFailed(e.Message);
            _outcome.Fail($"cluster: {e.Message}");
            _lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The cluster controller stopped: {Reason}")]
    private partial void LogFailed(string reason);
}
