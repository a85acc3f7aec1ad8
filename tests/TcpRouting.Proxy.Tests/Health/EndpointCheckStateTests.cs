using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Health;

namespace TcpRouting.Proxy.Tests.Health;

public sealed class EndpointCheckStateTests
{
    private static EndpointCheckState State(int rise = 1, int fall = 1) =>
        new(new CheckKey(new BackendEndpoint("127.0.0.1", 1), Checks.Tcp() with { Rise = rise, Fall = fall, UnhealthyInterval = TimeSpan.FromSeconds(7) }));

    [Fact]
    public void The_first_result_decides_at_once()
    {
        State(rise: 3).Record(passed: true).Should().Be(EndpointStatus.Up);
        State(fall: 3).Record(passed: false).Should().Be(EndpointStatus.Down);
    }

    [Fact]
    public void An_up_endpoint_falls_after_fall_consecutive_failures_only()
    {
        var state = State(fall: 3);
        state.Record(true);
        state.Record(false).Should().BeNull();
        state.Record(true).Should().BeNull("a pass resets the failure count");
        state.Record(false).Should().BeNull();
        state.Record(false).Should().BeNull();
        state.Record(false).Should().Be(EndpointStatus.Down);
        state.Status.Should().Be(EndpointStatus.Down);
    }

    [Fact]
    public void A_down_endpoint_rises_after_rise_consecutive_passes_and_is_checked_at_the_unhealthy_interval()
    {
        var state = State(rise: 2);
        state.Record(false);
        state.NextDelay.Should().Be(TimeSpan.FromSeconds(7));
        state.Record(true).Should().BeNull();
        state.Record(true).Should().Be(EndpointStatus.Up);
        state.NextDelay.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Send_and_expect_bytes_are_decoded_once_from_hex()
    {
        var state = new EndpointCheckState(new CheckKey(new BackendEndpoint("h", 1), Checks.Tcp() with { SendHex = "00ff", ExpectHex = "2b" }));
        state.Send.Should().Equal(0x00, 0xff);
        state.Expect.Should().Equal((byte)'+');
    }
}
