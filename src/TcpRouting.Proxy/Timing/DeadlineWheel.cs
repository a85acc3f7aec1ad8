using System.Runtime.CompilerServices;

namespace TcpRouting.Proxy.Timing;

/// <summary>
/// One coarse timer for every connection deadline (peek, dial, backend setup, TLS handshake, idle,
/// termination delay) instead of a timer each: a hashed timing wheel (Varghese and Lauck, 1987) of
/// <see cref="Slots"/> slots, <see cref="Tick"/> apart, scanned by one periodic timer of the TimeProvider
/// (so tests drive it). A deadline fires at the first tick at or after it, never before: at most one tick
/// late, which none of these deadlines (100 ms and up) notices. The timer runs only while something is armed.
/// </summary>
internal sealed class DeadlineWheel
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private const int Slots = 256; // 12.8 s per turn: most deadlines fire on their first visit
    private const int MaxPooled = 4096;

    private static readonly ConditionalWeakTable<TimeProvider, DeadlineWheel> Wheels = [];

    private readonly TimeProvider _time;
    private readonly long _tickLength;
    private readonly WheelEntry?[] _slots = new WheelEntry?[Slots];
    private readonly Stack<DeadlineSource> _pool = new();
    private readonly List<WheelEntry> _due = [];
    private readonly Lock _lock = new();
    private readonly ITimer _timer;
    private long _scannedTick;
    private int _armed;
    private bool _running;

    private DeadlineWheel(TimeProvider time)
    {
        _time = time;
        _tickLength = Math.Max(1, (long)(time.TimestampFrequency * Tick.TotalSeconds));
        _scannedTick = time.GetTimestamp() / _tickLength;
        _timer = time.CreateTimer(static state => ((DeadlineWheel)state!).Scan(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The wheel of <paramref name="time"/>: one per TimeProvider, so each test's fake clock has its own.</summary>
    public static DeadlineWheel For(TimeProvider time) => Wheels.GetValue(time, static t => new DeadlineWheel(t));

    public TimeProvider Time => _time;

    /// <summary>Entries armed now (for tests and the census).</summary>
    public int Armed
    {
        get
        {
            lock (_lock)
            {
                return _armed;
            }
        }
    }

    /// <summary>
    /// A cancellation source that is cancelled once <paramref name="duration"/> passed; zero, negative and
    /// infinite durations mean never. Dispose it when done: it goes back to a pool unless it fired.
    /// </summary>
    public DeadlineSource After(TimeSpan duration)
    {
        DeadlineSource? source;
        lock (_lock)
        {
            _pool.TryPop(out source);
        }

        source ??= new DeadlineSource(this);
        if (duration > TimeSpan.Zero && duration != Timeout.InfiniteTimeSpan)
        {
            ArmAfter(source, duration);
        }

        return source;
    }

    /// <summary>Arms (or moves) <paramref name="entry"/> to fire <paramref name="delay"/> from now.</summary>
    public void ArmAfter(WheelEntry entry, TimeSpan delay) =>
        Arm(entry, _time.GetTimestamp() + (long)(delay.TotalSeconds * _time.TimestampFrequency));

    /// <summary>Arms (or moves) <paramref name="entry"/> to fire at timestamp <paramref name="due"/>.</summary>
    public void Arm(WheelEntry entry, long due)
    {
        lock (_lock)
        {
            if (entry.State == EntryState.Armed)
            {
                Unlink(entry);
            }
            else if (entry.State != EntryState.Idle)
            {
                return; // firing or done: its Expire decides what comes next
            }

            Link(entry, due);
            if (!_running)
            {
                _running = true;
                _scannedTick = _time.GetTimestamp() / _tickLength;
                _timer.Change(Tick, Tick);
            }
        }
    }

    /// <summary>Takes <paramref name="entry"/> off; true when it had not fired (so it may be reused).</summary>
    public bool Disarm(WheelEntry entry)
    {
        lock (_lock)
        {
            switch (entry.State)
            {
                case EntryState.Armed:
                    Unlink(entry);
                    entry.State = EntryState.Idle;
                    return true;
                case EntryState.Idle:
                    return true;
                default:
                    entry.State = EntryState.Done; // a scan fired it or is about to: it must not come back
                    return false;
            }
        }
    }

    internal void Return(DeadlineSource source)
    {
        lock (_lock)
        {
            if (_pool.Count < MaxPooled)
            {
                _pool.Push(source);
            }
        }
    }

    private void Scan()
    {
        var now = _time.GetTimestamp();
        WheelEntry[] due;
        lock (_lock)
        {
            var current = now / _tickLength;
            var first = Math.Max(_scannedTick + 1, current - Slots + 1);
            for (var tick = first; tick <= current; tick++)
            {
                TakeDue((int)(tick % Slots), now);
            }

            _scannedTick = current;
            due = _due.Count == 0 ? [] : [.. _due]; // the common tick fires nothing and allocates nothing
            _due.Clear();
        }

        foreach (var entry in due)
        {
            var next = entry.Expire(now);
            lock (_lock)
            {
                if (next > 0 && entry.State == EntryState.Firing)
                {
                    Link(entry, next);
                }
                else if (entry.State == EntryState.Firing)
                {
                    entry.State = EntryState.Done;
                }
            }
        }

        lock (_lock)
        {
            if (_armed == 0 && _running)
            {
                _running = false;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void TakeDue(int slot, long now)
    {
        var entry = _slots[slot];
        while (entry is not null)
        {
            var next = entry.Next;
            if (entry.Due <= now)
            {
                Unlink(entry);
                entry.State = EntryState.Firing;
                _due.Add(entry);
            }

            entry = next;
        }
    }

    private void Link(WheelEntry entry, long due)
    {
        // The first tick at or after the deadline: a scan reaching that tick has now >= due.
        var slot = (int)((due + _tickLength - 1) / _tickLength % Slots);
        entry.Due = due;
        entry.Slot = slot;
        entry.State = EntryState.Armed;
        entry.Previous = null;
        entry.Next = _slots[slot];
        if (entry.Next is not null)
        {
            entry.Next.Previous = entry;
        }

        _slots[slot] = entry;
        _armed++;
    }

    private void Unlink(WheelEntry entry)
    {
        if (entry.Previous is not null)
        {
            entry.Previous.Next = entry.Next;
        }
        else
        {
            _slots[entry.Slot] = entry.Next;
        }

        if (entry.Next is not null)
        {
            entry.Next.Previous = entry.Previous;
        }

        entry.Next = null;
        entry.Previous = null;
        entry.Slot = -1;
        _armed--;
    }
}
