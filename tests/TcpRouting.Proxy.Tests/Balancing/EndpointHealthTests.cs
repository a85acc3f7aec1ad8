using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Balancing;
using TcpRouting.Proxy.Tests.Support;

namespace TcpRouting.Proxy.Tests.Balancing;

public sealed class EndpointHealthTests
{
    [Fact]
    public void A_failed_endpoint_is_skipped_for_a_while_then_tried_again()
    {
        var time = new FakeTimeProvider();
        var health = new EndpointHealth(time);
        var endpoint = new BackendEndpoint("10.0.0.1", 5432);

        health.MarkDown(endpoint);
        health.IsDown(endpoint).Should().BeTrue();
        time.Advance(EndpointHealth.DownFor - TimeSpan.FromSeconds(1));
        health.IsDown(endpoint).Should().BeTrue();
        time.Advance(TimeSpan.FromSeconds(1));

        health.IsDown(endpoint).Should().BeFalse();
    }

    [Fact]
    public void Success_clears_the_mark()
    {
        var health = new EndpointHealth(new FakeTimeProvider());
        var endpoint = new BackendEndpoint("db.example", 5432);

        health.MarkDown(endpoint);
        health.MarkUp(endpoint);

        health.IsDown(endpoint).Should().BeFalse();
    }
}
