using System.Collections.Concurrent;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;

namespace TcpRouting.EndToEnd.Tests.Balancing;

/// <summary>Services weighted 90/10/0 on one route: each connection lands on a banner server that names itself.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class WeightedSplitTests(ProxyLab lab)
{
    [Fact]
    public async Task A_thousand_connections_follow_the_weights_and_weight_zero_gets_none()
    {
        const int total = 1000;
        var landed = new ConcurrentDictionary<string, int>();
        await Parallel.ForAsync(0, total, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
        {
            using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("weighted"));
            var banner = await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(10));
            landed.AddOrUpdate(banner, 1, (_, n) => n + 1);
        });

        landed.Values.Sum().Should().Be(total);
        landed.GetValueOrDefault("heavy").Should().BeInRange(870, 930, "90% of {0} is 900", total);
        landed.GetValueOrDefault("light").Should().BeInRange(70, 130, "10% of {0} is 100", total);
        landed.Should().NotContainKey("zero");
    }
}
