using Shared = TcpRouting.Testing.Time.Poll;

namespace TcpRouting.Operator.Tests.Support;

/// <summary>Polls a condition until it holds or a deadline passes (reloads and listeners settle asynchronously).</summary>
internal static class Poll
{
    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Shared.UntilAsync(condition, what, timeout ?? TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeout);
}
