namespace TcpRouting.Proxy.Health;

/// <summary>
/// One timer for every check: a priority queue of due times and a single <see cref="ITimer"/> armed for the
/// earliest. A due check is started (async I/O, no thread held) and schedules itself again when it ends, so
/// a thousand endpoints cost a queue entry each, not a thread or a timer each. Time comes from TimeProvider.
/// </summary>
internal sealed class HealthScheduler : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Action<EndpointCheckState> _run;
    private readonly ITimer _timer;
    private readonly PriorityQueue<EndpointCheckState, long> _queue = new();
    private long _armedFor = long.MaxValue;
    private bool _disposed;

    public HealthScheduler(TimeProvider time, Action<EndpointCheckState> run)
    {
        _time = time;
        _run = run;
        _timer = time.CreateTimer(static s => ((HealthScheduler)s!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Entries waiting (stopped checks leave when they come due).</summary>
    public int Pending
    {
        get
        {
            lock (_queue)
            {
                return _queue.Count;
            }
        }
    }

    public void Schedule(EndpointCheckState state, TimeSpan delay)
    {
        var now = _time.GetTimestamp();
        var due = now + (long)(delay.TotalSeconds * _time.TimestampFrequency);
        lock (_queue)
        {
            if (_disposed)
            {
                return;
            }

            _queue.Enqueue(state, due);
            if (due < _armedFor)
            {
                Arm(due, now);
            }
        }
    }

    public void Dispose()
    {
        lock (_queue)
        {
            _disposed = true;
            _queue.Clear();
        }

        _timer.Dispose();
    }

    private void Fire()
    {
        List<EndpointCheckState>? due = null;
        lock (_queue)
        {
            var now = _time.GetTimestamp();
            _armedFor = long.MaxValue;
            while (_queue.TryPeek(out var state, out var at) && at <= now)
            {
                _queue.Dequeue();
                (due ??= []).Add(state);
            }

            if (!_disposed && _queue.TryPeek(out _, out var next))
            {
                Arm(next, now);
            }
        }

        foreach (var state in due ?? [])
        {
            if (!state.Stopped)
            {
                _run(state);
            }
        }
    }

    private void Arm(long due, long now)
    {
        _armedFor = due;
        var wait = TimeSpan.FromSeconds(Math.Max(0, due - now) / (double)_time.TimestampFrequency);
        _timer.Change(wait, Timeout.InfiniteTimeSpan);
    }
}
