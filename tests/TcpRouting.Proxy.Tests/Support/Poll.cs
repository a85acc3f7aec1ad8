using Shared = TcpRouting.Testing.Time.Poll;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>Polling with a deadline, for effects that land just after the client saw its connection end.</summary>
internal static class Poll
{
    public static Task UntilAsync(Func<bool> condition) =>
        Shared.UntilAsync(() => Task.FromResult(condition()), "condition", Client.Patience, TimeSpan.FromMilliseconds(10), TestContext.Current.CancellationToken);
}
