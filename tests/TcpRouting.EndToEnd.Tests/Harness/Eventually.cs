using TcpRouting.Testing.Time;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>Polls a condition until it holds or a deadline passes (the proxy applies manifests asynchronously).</summary>
internal static class Eventually
{
    public static Task Async(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        Poll.UntilAsync(condition, what, timeout, TimeSpan.FromMilliseconds(100), CancellationToken.None);
}
