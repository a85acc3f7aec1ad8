namespace TcpRouting.Proxy.Tests.Support;

/// <summary>The system clock, counting the timers created through it (CancellationTokenSource deadlines,
/// Task.Delay and ITimer all come here when given this provider). Shared with the benchmarks project.</summary>
internal sealed class CountingTimeProvider : TimeProvider
{
    private long _timers;

    public long TimersCreated => Interlocked.Read(ref _timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timers);
        return System.CreateTimer(callback, state, dueTime, period);
    }

    public override long GetTimestamp() => System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow();
}
