namespace TcpRouting.Testing.Time;

/// <summary>
/// Polls a condition until it holds or a deadline passes: the one way tests wait for effects that land
/// asynchronously (a reload, a listener, a status write), instead of sleeping for a guessed time.
/// </summary>
public static class Poll
{
    /// <exception cref="TimeoutException">The condition still did not hold at the deadline; the message says what was awaited.</exception>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition().ConfigureAwait(false))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"not true after {timeout}: {what}");
            }

            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Probes until <paramref name="done"/> holds for a non-null value, and returns that value.</summary>
    /// <exception cref="TimeoutException">Not done at the deadline; the message holds the last value seen.</exception>
    public static async Task<T> ValueAsync<T>(Func<T?> probe, Func<T, bool> done, string what, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        T? last = default;
        try
        {
            await UntilAsync(
                () =>
                {
                    last = probe();
                    return Task.FromResult(last is not null && done(last));
                },
                what,
                timeout,
                interval,
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; last value: {last}", e);
        }

        return last!;
    }
}
