using Microsoft.Extensions.Time.Testing;
using Shared = TcpRouting.Testing.Time.Poll;

namespace TcpRouting.Proxy.Tests.Health;

/// <summary>Moves fake time on in small steps while real sockets answer, until a condition holds or a deadline passes.</summary>
internal static class HealthDrive
{
    public static Task UntilAsync(FakeTimeProvider time, Func<bool> condition, string what) =>
        Shared.UntilAsync(
            () =>
            {
                if (condition())
                {
                    return Task.FromResult(true);
                }

                time.Advance(TimeSpan.FromMilliseconds(100));
                return Task.FromResult(false);
            },
            what,
            TimeSpan.FromSeconds(20),
            TimeSpan.FromMilliseconds(5),
            TestContext.Current.CancellationToken);
}
