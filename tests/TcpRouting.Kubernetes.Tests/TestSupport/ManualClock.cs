namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>
/// A clock that stands still until moved (Microsoft.Extensions.TimeProvider.Testing does not restore here).
/// Only the wall clock is manual; timers stay real, which is all the fake API server's timestamps need.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
