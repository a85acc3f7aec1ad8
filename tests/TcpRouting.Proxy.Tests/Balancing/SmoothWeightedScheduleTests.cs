using FluentAssertions;
using TcpRouting.Proxy.Balancing;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Balancing;

public sealed class SmoothWeightedScheduleTests
{
    [Fact]
    public void Weights_5_1_1_give_nginx_smooth_sequence()
    {
        var endpoint = FreeEndpoint();
        var candidates = new[] { Backend("a", 5, endpoint), Backend("b", 1, endpoint), Backend("c", 1, endpoint) };
        var schedule = new SmoothWeightedSchedule();

        var picks = Enumerable.Range(0, 7).Select(_ => schedule.Pick(candidates, _ => true)!.Id);

        picks.Should().Equal("a", "a", "b", "a", "c", "a", "a");
    }

    [Fact]
    public void Unusable_backends_are_skipped()
    {
        var endpoint = FreeEndpoint();
        var candidates = new[] { Backend("a", 5, endpoint), Backend("b", 1, endpoint) };
        var schedule = new SmoothWeightedSchedule();

        var picks = Enumerable.Range(0, 3).Select(_ => schedule.Pick(candidates, b => b.Id == "b")!.Id);

        picks.Should().Equal("b", "b", "b");
    }

    private static System.Net.IPEndPoint FreeEndpoint() => new(System.Net.IPAddress.Loopback, 1);
}
