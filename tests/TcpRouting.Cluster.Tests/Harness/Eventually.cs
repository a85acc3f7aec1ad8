using TcpRouting.Testing.Time;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>Polls an asynchronous probe (kubectl, a connection) until its value is what a test waits for.</summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <exception cref="TimeoutException">Not done at the deadline; the message holds the last value seen.</exception>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        T last = default!;
        try
        {
            await Poll.UntilAsync(
                async () =>
                {
                    last = await probe().ConfigureAwait(false);
                    return last is not null && done(last);
                },
                what,
                Timeout,
                TimeSpan.FromMilliseconds(300),
                TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; last value: {last}", e);
        }

        return last;
    }
}
