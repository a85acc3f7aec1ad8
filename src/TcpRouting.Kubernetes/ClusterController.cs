using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Caches;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Discovery;
using TcpRouting.Kubernetes.Exposure;
using TcpRouting.Translation.Exposure;
using TcpRouting.Translation.Gateway;
using TcpRouting.Kubernetes.Leader;
using TcpRouting.Kubernetes.Reconcile;
using TcpRouting.Kubernetes.Status;
using TcpRouting.Translation.Status;

namespace TcpRouting.Kubernetes;

/// <summary>
/// The operator on a cluster: discovery, watch caches, one debounced reconcile loop that translates and
/// swaps the proxy's table, and (leader only) status writing. Level-triggered: every watch event only marks
/// the world dirty; each pass rebuilds everything from the caches.
/// </summary>
/// <param name="health">The proxy's active health results: a change is a reason for a pass, and statuses say them.</param>
public sealed class ClusterController(ClusterOptions options, RouteTableHolder holder, ILoggerFactory loggerFactory, TimeProvider timeProvider, BackendHealthHolder? health = null, ListenerBindHolder? binds = null)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ClusterController>();
    private readonly Channel<bool> _dirty = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private LeaderElector? _elector;
    private readonly ClassSkips _classes = new(options.Class, loggerFactory.CreateLogger<ClassSkips>());
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once every cache synced and the first table was applied (drives /readyz).</summary>
    public bool IsReady { get; private set; }

    /// <summary>The last translation, for /api/routes.</summary>
    public TranslationResult? LastResult { get; private set; }

    /// <summary>True while this replica holds the lease and writes status.</summary>
    public bool IsLeader => _elector?.IsLeader ?? false;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var client = new KubeApiClient(KubeConfigResolver.Resolve(options.Kubeconfig));
        await RunAsync(client, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs against a given client until cancelled.</summary>
    public async Task RunAsync(KubeApiClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var discovery = new ApiDiscovery(client, _logger);
        await using var watchers = new WatcherSet(client, options, MarkDirty, timeProvider, loggerFactory);
        watchers.Follow(await DiscoverUntilAnsweredAsync(discovery, cancellationToken).ConfigureAwait(false));
        if (health is not null)
        {
            health.Changed += MarkDirty;
        }

        if (binds is not null)
        {
            binds.Changed += MarkDirty;
        }

        var tasks = new List<Task> { ReconcileLoopAsync(client, watchers, cancellationToken), RediscoverLoopAsync(discovery, watchers, cancellationToken) };
        if (options.WriteStatus)
        {
            _elector = new LeaderElector(client, options, timeProvider, loggerFactory.CreateLogger<LeaderElector>());
            _elector.Changed += _ => MarkDirty();
            tasks.Add(_elector.RunAsync(cancellationToken));
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (health is not null)
            {
                health.Changed -= MarkDirty;
            }

            if (binds is not null)
            {
                binds.Changed -= MarkDirty;
            }
        }
    }

    /// <summary>
    /// Asks for a reconcile pass and completes once a pass that started after this call has finished: table
    /// applied and, on the leader, status and Events written. Lets callers (and tests) wait on the loop itself
    /// instead of guessing how long it takes.
    /// </summary>
    public Task NextPassAsync(CancellationToken cancellationToken = default)
    {
        var pass = Volatile.Read(ref _nextPass).Task;
        MarkDirty();
        return pass.WaitAsync(cancellationToken);
    }

    private void MarkDirty() => _dirty.Writer.TryWrite(true);

    private async Task ReconcileLoopAsync(KubeApiClient client, WatcherSet watchers, CancellationToken cancellationToken)
    {
        var events = new EventRecorder(client, options, timeProvider, loggerFactory.CreateLogger<EventRecorder>());
        var writer = new StatusWriter(client, options, events, timeProvider, _logger);
        var services = options.Exposure is { } exposure ? new ServiceWriter(client, exposure, _logger) : null;
        var wasLeader = false;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await _dirty.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            // Debounce: a burst of events (a helm install, a relist) becomes one pass.
            await Task.Delay(options.Debounce, timeProvider, cancellationToken).ConfigureAwait(false);
            _dirty.Reader.TryRead(out _);
            if (!watchers.AllSynced)
            {
                continue; // the last cache to sync marks the world dirty again
            }

            var waiting = Interlocked.Exchange(ref _nextPass, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                if (IsLeader && !wasLeader)
                {
                    services?.Reset();
                }

                wasLeader = IsLeader;
                var written = await ReconcileAsync(watchers, writer, services, cancellationToken).ConfigureAwait(false);
                failures = written ? 0 : failures + 1;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                KubernetesLog.ReconcileFailed(_logger, e);
                failures++;
            }
            finally
            {
                waiting.TrySetResult();
            }

            if (failures > 0)
            {
                _ = RetryLaterAsync(Backoff.Delay(failures, options.WatchBackoffMin, options.WatchBackoffMax), cancellationToken);
            }
        }
    }

    private async Task<bool> ReconcileAsync(WatcherSet watchers, StatusWriter writer, ServiceWriter? services, CancellationToken cancellationToken)
    {
        var objects = watchers.Objects(_classes.IsOurs).ToList();
        _classes.EndPass();
        var snapshot = new ResourceSnapshot([.. objects], options.Config, new TranslationSettings(options.GatewayControllerName));
        var result = Translator.Translate(snapshot);
        var plan = options.Exposure is { } exposure ? ExposurePlanner.Plan(snapshot, result, exposure) : null;
        result = plan?.Result ?? result;
        // The result is published before the table, so whoever sees the new table also finds its statuses.
        LastResult = result;
        if (holder.Update(result.Table))
        {
            KubernetesLog.TableApplied(_logger, result.Table.Fingerprint, result.Table.Listeners.Sum(l => l.Routes.Length), objects.Count);
        }

        IsReady = true;
        if (!(options.WriteStatus && IsLeader))
        {
            return true;
        }

        // Health is the proxy's, not the translation's: it goes on the statuses only, never into the table.
        var shown = health is null ? result : HealthConditions.Apply(result, health.Current);
        shown = binds is null ? shown : BindFailures.Apply(shown, binds.Unbound);
        var servicesWritten = plan is null || services is null
            || await services.WriteAsync(plan, (ns, name) => watchers.FindService(ns, name) is not null, cancellationToken).ConfigureAwait(false);
        return await writer.WriteAsync(shown, watchers.Find, cancellationToken).ConfigureAwait(false) && servicesWritten;
    }

    private async Task RetryLaterAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            MarkDirty();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<System.Collections.Immutable.ImmutableArray<ServedKind>> DiscoverUntilAnsweredAsync(ApiDiscovery discovery, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await discovery.DiscoverAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is KubeApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                KubernetesLog.DiscoveryFailed(_logger, e.Message);
                await Task.Delay(Backoff.Delay(failures, options.WatchBackoffMin, options.WatchBackoffMax), timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RediscoverLoopAsync(ApiDiscovery discovery, WatcherSet watchers, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.DiscoveryInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            try
            {
                watchers.Follow(await discovery.DiscoverAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is KubeApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                KubernetesLog.DiscoveryFailed(_logger, e.Message);
            }
        }
    }
}
