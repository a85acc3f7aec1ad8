using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Proxy.Timing;

namespace TcpRouting.Proxy.Tests.Timing;

public sealed class DeadlineWheelTests
{
    [Fact]
    public void A_deadline_fires_at_the_first_tick_after_it_never_before()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        using var deadline = wheel.After(TimeSpan.FromMilliseconds(120));

        time.Advance(TimeSpan.FromMilliseconds(119));
        deadline.Token.IsCancellationRequested.Should().BeFalse("the deadline has not passed yet");

        time.Advance(TimeSpan.FromMilliseconds(1) + DeadlineWheel.Tick);
        deadline.Token.IsCancellationRequested.Should().BeTrue("at most one tick late");
        wheel.Armed.Should().Be(0);
    }

    [Fact]
    public void Deadlines_longer_than_a_turn_of_the_wheel_wait_for_their_turn()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        using var deadline = wheel.After(TimeSpan.FromSeconds(30));

        time.Advance(TimeSpan.FromSeconds(29.9));
        deadline.Token.IsCancellationRequested.Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(0.2));
        deadline.Token.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public void A_disposed_deadline_never_fires_and_its_source_is_reused()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        var first = wheel.After(TimeSpan.FromSeconds(1));
        var token = first.Token;
        first.Dispose();
        wheel.Armed.Should().Be(0);

        time.Advance(TimeSpan.FromSeconds(2));
        token.IsCancellationRequested.Should().BeFalse();

        using var second = wheel.After(TimeSpan.FromSeconds(1));
        second.Should().BeSameAs(first, "an unfired deadline goes back to the pool");
    }

    [Fact]
    public void A_fired_deadline_is_not_reused()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        var fired = wheel.After(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(2));
        fired.Token.IsCancellationRequested.Should().BeTrue();
        fired.Dispose();

        using var next = wheel.After(TimeSpan.FromSeconds(1));
        next.Should().NotBeSameAs(fired);
        next.Token.IsCancellationRequested.Should().BeFalse();
    }

    [Fact]
    public void Many_deadlines_share_one_timer_and_each_fires_once_due()
    {
        var time = new CountingFakeTime();
        var wheel = DeadlineWheel.For(time);
        var deadlines = Enumerable.Range(1, 100).Select(i => wheel.After(TimeSpan.FromMilliseconds(i * 100))).ToList();
        time.TimersCreated.Should().Be(1);

        time.Advance(TimeSpan.FromMilliseconds(5_000));
        deadlines.Count(d => d.Token.IsCancellationRequested).Should().Be(50);
        time.Advance(TimeSpan.FromMilliseconds(5_100));
        deadlines.Should().OnlyContain(d => d.Token.IsCancellationRequested);
        wheel.Armed.Should().Be(0);
        time.TimersCreated.Should().Be(1);
    }

    [Fact]
    public void No_duration_means_no_deadline()
    {
        var time = new FakeTimeProvider();
        var wheel = DeadlineWheel.For(time);
        using var never = wheel.After(Timeout.InfiniteTimeSpan);
        using var zero = wheel.After(TimeSpan.Zero);
        wheel.Armed.Should().Be(0);

        time.Advance(TimeSpan.FromDays(1));
        never.Token.IsCancellationRequested.Should().BeFalse();
        zero.Token.IsCancellationRequested.Should().BeFalse();
    }

    private sealed class CountingFakeTime : FakeTimeProvider
    {
        public int TimersCreated { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            TimersCreated++;
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
