namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>Polls a condition until it holds or a deadline passes (no sleeps as synchronisation).</summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static async Task<T> Value<T>(Func<T?> probe, Func<T, bool> done, string waitingFor, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? Deadline);
        T? last = default;
        while (DateTime.UtcNow < until)
        {
            last = probe();
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"timed out waiting for {waitingFor}; last value: {last}");
    }

    public static Task True(Func<bool> condition, string waitingFor, TimeSpan? deadline = null) =>
        Value<object>(() => condition() ? true : null, _ => true, waitingFor, deadline);
}
