using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Operator.Hosting;
using TcpRouting.Operator.Tests.Support;

namespace TcpRouting.Operator.Tests.Hosting;

public sealed class DebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Waits_for_a_notification()
    {
        var time = new FakeTimeProvider();
        var debouncer = new Debouncer(Quiet, time);

        var wait = debouncer.WaitAsync(TestContext.Current.CancellationToken);
        time.Advance(Quiet * 10);

        await Task.Yield();
        wait.IsCompleted.Should().BeFalse();
        debouncer.Notify();
        await AdvanceUntilCompletedAsync(time, wait);
    }

    [Fact]
    public async Task A_burst_of_notifications_is_one_wake_up_after_the_quiet_period()
    {
        var time = new FakeTimeProvider();
        var debouncer = new Debouncer(Quiet, time);
        var start = time.GetUtcNow();

        debouncer.Notify();
        var wait = debouncer.WaitAsync(TestContext.Current.CancellationToken);
        debouncer.Notify();
        debouncer.Notify();
        await AdvanceUntilCompletedAsync(time, wait);

        // The notifications after the first one arrived during the quiet period, which therefore ran twice.
        (time.GetUtcNow() - start).Should().BeGreaterThanOrEqualTo(Quiet * 2);
        var next = debouncer.WaitAsync(TestContext.Current.CancellationToken);
        time.Advance(Quiet * 4);
        await Task.Yield();
        next.IsCompleted.Should().BeFalse("the burst was consumed by the first wake-up");
    }

    private static async Task AdvanceUntilCompletedAsync(FakeTimeProvider time, Task wait)
    {
        await Poll.UntilAsync(
            () =>
            {
                time.Advance(TimeSpan.FromMilliseconds(10));
                return wait.IsCompleted;
            },
            "the debouncer to wake up");
        await wait;
    }
}
