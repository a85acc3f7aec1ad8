using System.Net;
using System.Net.Security;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Balancing;
using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Health;
using TcpRouting.Proxy.Listening;
using TcpRouting.Proxy.Routing;
using TcpRouting.Proxy.Tls;

namespace TcpRouting.Proxy;

/// <summary>
/// The L4 data plane: binds the current table's entry points, follows <see cref="RouteTableHolder.Changed"/>,
/// and relays each connection to a backend. Tables are compiled once per swap; a swap never touches
/// live connections, and unchanged listeners keep their sockets.
/// </summary>
public sealed class ProxyServer : IAsyncDisposable
{
    private readonly RouteTableHolder _holder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConnectionRegistry _registry = new();
    private readonly ListenerManager _listeners;
    private readonly ConnectionHandler _handler;
    private readonly HealthMonitor _checks;
    private readonly Lock _applyLock = new();
    private static readonly TimeSpan BindRetryInterval = TimeSpan.FromSeconds(2);
    private SslStreamCertificateContext? _selfSigned;
    private ITimer? _bindRetry;
    private CompiledTable _table = CompiledTable.Empty;
    private bool _started;
    private bool _stopped;

    /// <param name="health">Where active health check results go, for status; none when null.</param>
    public ProxyServer(RouteTableHolder holder, ProxyOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider, BackendHealthHolder? health = null)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        // Constructed by the host before any listener (ours or the admin's) binds.
        InlineSocketCompletions.PreferUnlessConfigured();
        _holder = holder;
        _time = timeProvider;
        _logger = loggerFactory.CreateLogger("TcpRouting.Proxy");
        Instruments = new ProxyInstruments();
        _checks = new HealthMonitor(timeProvider, Instruments.Meter, loggerFactory.CreateLogger("TcpRouting.Health"), health);
        var state = new RuntimeState(timeProvider, _checks);
        _handler = new ConnectionHandler(() => Volatile.Read(ref _table), _registry, state, Instruments, timeProvider, options, loggerFactory);
        _listeners = new ListenerManager(_handler.HandleAsync, timeProvider, _logger);
    }

    /// <summary>Entry point name to bound endpoint (port 0 resolved), for tests.</summary>
    public IReadOnlyDictionary<string, IPEndPoint> BoundListeners => _listeners.BoundEndPoints();

    public int OpenConnections => _registry.Count;

    /// <summary>Listeners of the current table that could not be bound (port taken, two on one address), with why.
    /// They are retried every few seconds. Readiness and status (a Gateway listener's Programmed condition) read this;
    /// the data plane itself still sees only the Model.</summary>
    public IReadOnlyDictionary<string, string> UnboundListeners => _listeners.Unbound;

    /// <summary>Raised (on the applying thread) when <see cref="UnboundListeners"/> changes.</summary>
    public event Action<IReadOnlyDictionary<string, string>>? UnboundListenersChanged;

    internal ProxyInstruments Instruments { get; }

    internal HealthMonitor Checks => _checks;

    /// <summary>Binds the current table's listeners, then follows the holder's swaps.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_applyLock)
        {
            if (_started)
            {
                return Task.CompletedTask;
            }

            _started = true;
            _selfSigned = SelfSignedCertificate.Create(_time);
        }

        // Subscribe before the first apply: a swap in between is then applied, never missed.
        _holder.Changed += OnChanged;
        Apply();
        _bindRetry = _time.CreateTimer(static s => ((ProxyServer)s!).RetryBinds(), this, BindRetryInterval, BindRetryInterval);
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, lets connections finish within <paramref name="gracePeriod"/>, then closes the rest.</summary>
    public async Task StopAsync(TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        lock (_applyLock)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
        }

        _holder.Changed -= OnChanged;
        _bindRetry?.Dispose();
        await _listeners.StopAllAsync().ConfigureAwait(false);
        ProxyLog.Draining(_logger, _registry.Count, gracePeriod);
        var empty = _registry.WhenEmptyAsync();
        if (!empty.IsCompleted && gracePeriod > TimeSpan.Zero)
        {
            try
            {
                await empty.WaitAsync(gracePeriod, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
                // Grace period over (or the caller gave up): close what is left below.
            }
        }

        _registry.CloseAll(CloseReason.Shutdown);
        // Closed sockets fail every pending operation, so handlers end at once; wall-clock bound just in case.
        await _registry.WhenEmptyAsync().WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.Zero, CancellationToken.None).ConfigureAwait(false);
        _checks.Dispose();
        Instruments.Dispose();
    }

    private void OnChanged(RouteTable table) => Apply();

    private void Apply()
    {
        lock (_applyLock)
        {
            if (_stopped || _selfSigned is null)
            {
                return;
            }

            var table = _holder.Current; // level-triggered: always the latest, whatever event brought us here
            if (ReferenceEquals(table, _table.Table))
            {
                return;
            }

            var previous = _table;
            var compiled = CompiledTable.Build(table, _selfSigned, _logger);
            _checks.Sync(table); // before the table is served: its connections find their checks
            Volatile.Write(ref _table, compiled);
            var (removedHosts, unboundChanged) = _listeners.Reconcile(compiled);
            foreach (var removed in removedHosts)
            {
                CloseAfterGrace(removed, previous.Find(removed.Name)?.Options.GracePeriod ?? ListenerOptions.Default.GracePeriod);
            }

            ProxyLog.TableApplied(_logger, table.Fingerprint, table.Listeners.Length);
            if (unboundChanged)
            {
                UnboundListenersChanged?.Invoke(_listeners.Unbound);
            }
        }
    }

    /// <summary>Binds again what could not be bound (the port may have been freed); nothing to do most of the time.</summary>
    private void RetryBinds()
    {
        lock (_applyLock)
        {
            if (_stopped || _listeners.Unbound.Count == 0)
            {
                return;
            }

            var (_, changed) = _listeners.Reconcile(_table);
            if (changed)
            {
                UnboundListenersChanged?.Invoke(_listeners.Unbound);
            }
        }
    }

    /// <summary>Connections of a removed listener may finish within its grace period, then are closed.</summary>
    private void CloseAfterGrace(ListenerHost removed, TimeSpan grace)
    {
        ITimer? timer = null;
        timer = _time.CreateTimer(_ =>
        {
            _registry.CloseAll(CloseReason.Shutdown, removed);
            timer?.Dispose();
        }, null, grace, Timeout.InfiniteTimeSpan);
    }
}
