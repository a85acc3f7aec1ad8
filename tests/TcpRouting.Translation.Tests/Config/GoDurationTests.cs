using FluentAssertions;
using TcpRouting.Translation.Config;

namespace TcpRouting.Translation.Tests.Config;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("100ms", 100)]
    [InlineData("1m", 60_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("42", 42_000)]
    [InlineData("0", 0)]
    public void Parses_go_durations_and_bare_seconds(string text, long milliseconds)
    {
        GoDuration.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("10x")]
    [InlineData("-1s")]
    [InlineData("ten seconds")]
    public void Rejects_what_is_not_a_duration(string text)
    {
        GoDuration.TryParse(text, out _).Should().BeFalse();
    }
}
