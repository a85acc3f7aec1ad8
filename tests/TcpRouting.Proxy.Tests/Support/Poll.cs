namespace TcpRouting.Proxy.Tests.Support;

/// <summary>Polling with a deadline, for effects that land just after the client saw its connection end.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Client.Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not met in time");
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
