namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>Polls a condition until it holds or a deadline passes (the proxy applies manifests asynchronously).</summary>
internal static class Eventually
{
    public static async Task Async(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"not true after {timeout}: {what}");
            }

            await Task.Delay(100);
        }
    }
}
