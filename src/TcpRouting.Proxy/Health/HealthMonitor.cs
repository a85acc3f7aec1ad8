using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Proxy.Health;

/// <summary>
/// Active health checks, part of the proxy's runtime state: one checker per distinct endpoint and check, shared by
/// every backend that names them, kept across table swaps and stopped when no table uses them. Connections ask
/// <see cref="Admit"/> which endpoints of a backend may take them; results go back to status through
/// <see cref="BackendHealthHolder"/>.
/// </summary>
internal sealed class HealthMonitor : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BackendHealthHolder? _report;
    private readonly HealthScheduler _scheduler;
    private readonly HealthInstruments _instruments;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _sync = new();
    private Dictionary<CheckKey, EndpointCheckState> _states = [];
    private FrozenDictionary<string, CheckedBackend> _backends = FrozenDictionary<string, CheckedBackend>.Empty;
    private int _reportPending;
    private int _disposed;

    public HealthMonitor(TimeProvider time, Meter meter, ILogger logger, BackendHealthHolder? report)
    {
        _time = time;
        _logger = logger;
        _report = report;
        _scheduler = new HealthScheduler(time, Start);
        _instruments = new HealthInstruments(meter, States);
    }

    /// <summary>Checkers running now (for tests and the benchmark).</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _states.Count;
            }
        }
    }

    /// <summary>The status of one endpoint's check (Unknown when it is not checked), for tests and the benchmark.</summary>
    public EndpointStatus StatusOf(BackendEndpoint endpoint, HealthCheck check)
    {
        lock (_sync)
        {
            return _states.TryGetValue(new CheckKey(endpoint, check), out var state) ? state.Status : EndpointStatus.Unknown;
        }
    }

    /// <summary>Starts checks the table adds, keeps those it still uses (with their state), stops the rest.
    /// Called before the table is served, so connections on it find their backends here.</summary>
    public void Sync(RouteTable table)
    {
        lock (_sync)
        {
            var wanted = new Dictionary<CheckKey, EndpointCheckState>();
            var backends = new Dictionary<string, CheckedBackend>(StringComparer.Ordinal);
            foreach (var backend in table.Listeners.SelectMany(l => l.Routes).SelectMany(r => r.Backends))
            {
                if (backend.HealthCheck is not { } check)
                {
                    continue;
                }

                var states = new EndpointCheckState[backend.Endpoints.Length];
                for (var i = 0; i < states.Length; i++)
                {
                    var key = new CheckKey(backend.Endpoints[i], check);
                    if (!wanted.TryGetValue(key, out var state))
                    {
                        if (!_states.TryGetValue(key, out state))
                        {
                            state = new EndpointCheckState(key);
                            _scheduler.Schedule(state, TimeSpan.Zero);
                        }

                        wanted[key] = state;
                    }

                    states[i] = state;
                }

                backends.TryAdd(backend.Id, new CheckedBackend(backend, states));
            }

            foreach (var (key, state) in _states)
            {
                if (!wanted.ContainsKey(key))
                {
                    state.Stop();
                }
            }

            _states = wanted;
            Volatile.Write(ref _backends, backends.ToFrozenDictionary(StringComparer.Ordinal));
        }

        ReportSoon();
    }

    /// <summary>
    /// The backend with only the endpoints that may take a new connection: those that pass; while none has passed
    /// yet, those not checked yet; when every one fails, none (null: fail closed) or all (the check's failOpen).
    /// Allocates only when some endpoints are left out.
    /// </summary>
    public Backend? Admit(Backend backend)
    {
        if (backend.HealthCheck is not { } check || !Volatile.Read(ref _backends).TryGetValue(backend.Id, out var entry) || !ReferenceEquals(entry.Backend, backend))
        {
            return backend; // unchecked, or a table this monitor has not seen (a connection racing a swap)
        }

        var (up, unknown) = (0, 0);
        foreach (var state in entry.States)
        {
            up += state.Status == EndpointStatus.Up ? 1 : 0;
            unknown += state.Status == EndpointStatus.Unknown ? 1 : 0;
        }

        var n = entry.States.Length;
        return up > 0 ? (up == n ? backend : Only(entry, EndpointStatus.Up))
            : unknown > 0 ? (unknown == n ? backend : Only(entry, EndpointStatus.Unknown))
            : check.FailOpen ? backend : null;
    }

    public void Dispose()
    {
        // Idempotent: the host disposes the proxy (and so this) once as a service and once as its owner.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopping.Cancel();
        _scheduler.Dispose();
        _stopping.Dispose();
    }

    private static Backend Only(CheckedBackend entry, EndpointStatus status)
    {
        var endpoints = ImmutableArray.CreateBuilder<BackendEndpoint>();
        for (var i = 0; i < entry.States.Length; i++)
        {
            if (entry.States[i].Status == status)
            {
                endpoints.Add(entry.Backend.Endpoints[i]);
            }
        }

        return entry.Backend with { Endpoints = endpoints.ToImmutable() };
    }

    private EndpointCheckState[] States()
    {
        lock (_sync)
        {
            return [.. _states.Values];
        }
    }

    private void Start(EndpointCheckState state) => _ = RunAsync(state);

    private async Task RunAsync(EndpointCheckState state)
    {
        var started = _time.GetTimestamp();
        string? failure;
        try
        {
            failure = await HealthProbe.RunAsync(state, _time, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // the proxy is stopping
        }

        var passed = failure is null;
        _instruments.Checked(state, _time.GetElapsedTime(started), passed);
        if (state.Stopped)
        {
            return;
        }

        if (failure is not null)
        {
            HealthLog.CheckFailed(_logger, state.Endpoint, failure);
        }

        switch (state.Record(passed))
        {
            case EndpointStatus.Up:
                HealthLog.Up(_logger, state.Endpoint, state.Check.Kind);
                ReportSoon();
                break;
            case EndpointStatus.Down:
                HealthLog.Down(_logger, state.Endpoint, state.Check.Kind, failure ?? string.Empty);
                ReportSoon();
                break;
        }

        _scheduler.Schedule(state, state.NextDelay);
    }

    /// <summary>Many endpoints may change at once: one report is built for all of them, off the check's thread.</summary>
    private void ReportSoon()
    {
        if (_report is null || Interlocked.Exchange(ref _reportPending, 1) == 1)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static m =>
        {
            Volatile.Write(ref m._reportPending, 0);
            m._report!.Publish(m.BuildReport());
        }, this, preferLocal: false);
    }

    private ImmutableSortedDictionary<string, BackendHealth> BuildReport()
    {
        var report = ImmutableSortedDictionary.CreateBuilder<string, BackendHealth>(StringComparer.Ordinal);
        foreach (var (id, entry) in Volatile.Read(ref _backends))
        {
            report[id] = new BackendHealth(
                entry.States.Count(s => s.Status == EndpointStatus.Up),
                entry.States.Count(s => s.Status == EndpointStatus.Unknown),
                entry.States.Length,
                entry.Backend.HealthCheck!.FailOpen);
        }

        return report.ToImmutable();
    }

    private sealed record CheckedBackend(Backend Backend, EndpointCheckState[] States);
}
