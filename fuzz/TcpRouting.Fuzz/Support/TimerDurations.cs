namespace TcpRouting.Fuzz.Support;

/// <summary>
/// What the proxy can wait for: its deadlines and timers (CancellationTokenSource, ITimer, Task.Delay) take at
/// most 2^32 - 2 milliseconds (about 49.7 days) and throw ArgumentOutOfRangeException beyond. Zero, negative
/// and infinite mean "no deadline" (Connections.Deadline).
/// </summary>
internal static class TimerDurations
{
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    public static bool Usable(TimeSpan duration) => duration <= Longest || duration == Timeout.InfiniteTimeSpan;
}
