using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;

namespace TcpRouting.EndToEnd.Tests.Faults;

/// <summary>A live connection keeps the table it started with: swapping tables under it loses nothing.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class RouteSwapTests(ProxyLab lab)
{
    [Fact]
    public async Task Rewriting_the_manifest_every_100ms_during_a_long_transfer_delivers_every_byte()
    {
        using var stop = new CancellationTokenSource();
        var version = 0;
        var swapping = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    lab.Proxy.WriteManifest("swap.yaml", ProxyLab.SwapRoute(++version));
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, TestContext.Current.CancellationToken);

        var result = await EchoTransfer.RunAsync(lab.Proxy.Port("swap"), TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await swapping;

        version.Should().BeGreaterThan(10, "the table changed many times during the transfer");
        result.Received.Should().Be(result.Sent);
        result.ReceivedHash.Should().Equal(result.SentHash);
        await Eventually.Async(async () => (await lab.Proxy.GetAsync("/api/routes")).Contains($"v{version}.swap.e2e.test", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), $"the last rewrite (version {version}) is the table in force");
    }
}
