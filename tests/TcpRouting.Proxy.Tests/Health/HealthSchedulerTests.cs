using System.Collections.Concurrent;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Health;

namespace TcpRouting.Proxy.Tests.Health;

public sealed class HealthSchedulerTests
{
    private static EndpointCheckState State(int port) => new(new CheckKey(new BackendEndpoint("127.0.0.1", port), Checks.Tcp()));

    [Fact]
    public void Checks_run_when_due_in_order_from_one_timer()
    {
        var time = new FakeTimeProvider();
        var ran = new ConcurrentQueue<int>();
        using var scheduler = new HealthScheduler(time, s => ran.Enqueue(s.Endpoint.Port));
        scheduler.Schedule(State(3), TimeSpan.FromSeconds(3));
        scheduler.Schedule(State(1), TimeSpan.FromSeconds(1));
        scheduler.Schedule(State(2), TimeSpan.FromSeconds(2));

        time.Advance(TimeSpan.FromMilliseconds(999));
        ran.Should().BeEmpty();
        time.Advance(TimeSpan.FromMilliseconds(1));
        ran.Should().Equal(1);
        time.Advance(TimeSpan.FromSeconds(2));
        ran.Should().Equal(1, 2, 3);
        scheduler.Pending.Should().Be(0);
    }

    [Fact]
    public void An_earlier_check_scheduled_later_rearms_the_timer()
    {
        var time = new FakeTimeProvider();
        var ran = new ConcurrentQueue<int>();
        using var scheduler = new HealthScheduler(time, s => ran.Enqueue(s.Endpoint.Port));
        scheduler.Schedule(State(10), TimeSpan.FromSeconds(10));
        scheduler.Schedule(State(1), TimeSpan.FromSeconds(1));

        time.Advance(TimeSpan.FromSeconds(1));
        ran.Should().Equal(1);
    }

    [Fact]
    public void A_stopped_check_is_not_run()
    {
        var time = new FakeTimeProvider();
        var ran = new ConcurrentQueue<int>();
        using var scheduler = new HealthScheduler(time, s => ran.Enqueue(s.Endpoint.Port));
        var stopped = State(1);
        scheduler.Schedule(stopped, TimeSpan.FromSeconds(1));
        scheduler.Schedule(State(2), TimeSpan.FromSeconds(1));
        stopped.Stop();

        time.Advance(TimeSpan.FromSeconds(1));
        ran.Should().Equal(2);
    }
}
