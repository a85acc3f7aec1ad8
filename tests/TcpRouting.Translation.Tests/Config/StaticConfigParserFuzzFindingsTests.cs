using FluentAssertions;
using TcpRouting.Translation.Config;

namespace TcpRouting.Translation.Tests.Config;

/// <summary>Fuzzing (issue 12): static config inputs that once threw, or were accepted and then broke every connection.</summary>
public sealed class StaticConfigParserFuzzFindingsTests
{
    [Theory]
    [InlineData("yamldotnet-invalid-operation.yaml")]
    [InlineData("yamldotnet-argument-exception.yaml")]
    [InlineData("yamldotnet-no-more-tokens.yaml")]
    [InlineData("yamldotnet-global-tag-uri.yaml")]
    [InlineData("static-empty-collection-at-depth-64.yaml")]
    public void A_fuzzing_reproducer_is_a_problem_naming_the_file(string file)
    {
        StaticConfigParser.Parse(TestFiles.Read($"TestData/Fuzz/{file}"), "static.yaml", out var errors);

        errors.Should().ContainSingle().Which.Should().MatchRegex(@"^static\.yaml:[0-9]+: ");
    }

    [Theory]
    [InlineData("peekTimeout: 2000h", "entryPoints.web.peekTimeout")]
    [InlineData("peekTimeout: 7200000", "entryPoints.web.peekTimeout")]
    [InlineData("transport: {respondingTimeouts: {idleTimeout: 1194h}}", "entryPoints.web.transport.respondingTimeouts.idleTimeout")]
    [InlineData("transport: {lifeCycle: {graceTimeOut: 1200h}}", "entryPoints.web.transport.lifeCycle.graceTimeOut")]
    public void A_duration_longer_than_a_timer_can_wait_is_refused_naming_field_and_maximum(string field, string name)
    {
        // 2000h was accepted, then `new CancellationTokenSource(delay)` threw for every connection.
        StaticConfigParser.Parse($"entryPoints:\n  web:\n    address: \":8080\"\n    {field}\n", "static.yaml", out var errors);

        errors.Should().ContainSingle().Which.Should().StartWith($"static.yaml: {name}: ").And.Contain(GoDuration.MaxText);
    }

    [Fact]
    public void The_fuzzing_reproducer_of_a_long_peek_timeout_is_refused()
    {
        StaticConfigParser.Parse(TestFiles.Read("TestData/Fuzz/peek-timeout-beyond-timers.yaml"), "static.yaml", out var errors);

        errors.Should().ContainSingle().Which.Should().Contain("peekTimeout");
    }

    [Fact]
    public void The_longest_duration_accepted_is_what_a_timer_can_wait()
    {
        GoDuration.TryParse("1193h", out var longest).Should().BeTrue();
        GoDuration.TryParse("1194h", out _).Should().BeFalse();
        GoDuration.TryParse(((long)GoDuration.Max.TotalSeconds + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out _).Should().BeFalse();
        using var timer = new CancellationTokenSource(longest); // throws beyond 2^32 - 2 ms
        timer.IsCancellationRequested.Should().BeFalse();
    }
}
