using TcpRouting.Testing.Time;

namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>Polls a condition until it holds or a deadline passes (no sleeps as synchronisation).</summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static Task<T> Value<T>(Func<T?> probe, Func<T, bool> done, string waitingFor, TimeSpan? deadline = null) =>
        Poll.ValueAsync(probe, done, waitingFor, deadline ?? Deadline, Interval, TestContext.Current.CancellationToken);

    public static Task True(Func<bool> condition, string waitingFor, TimeSpan? deadline = null) =>
        Poll.UntilAsync(() => Task.FromResult(condition()), waitingFor, deadline ?? Deadline, Interval, TestContext.Current.CancellationToken);
}
