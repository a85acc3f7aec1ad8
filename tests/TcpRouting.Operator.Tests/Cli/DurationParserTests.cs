using FluentAssertions;
using TcpRouting.Operator.Cli;

namespace TcpRouting.Operator.Tests.Cli;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("10", 10_000)]
    [InlineData("1.5", 1_500)]
    [InlineData("30s", 30_000)]
    [InlineData("500ms", 500)]
    [InlineData("1m30s", 90_000)]
    [InlineData("2h", 7_200_000)]
    public void Parses_seconds_and_go_durations(string text, int milliseconds)
    {
        DurationParser.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("10x")]
    [InlineData("s10")]
    [InlineData("-5s")]
    public void Rejects_anything_else(string text) => DurationParser.TryParse(text, out _).Should().BeFalse();
}
