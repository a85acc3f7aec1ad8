using FluentAssertions;
using TcpRouting.Translation.Rules;

namespace TcpRouting.Translation.Tests.Rules.Traefik;

/// <summary>Each case of Traefik's TCP rule tables gives Traefik's outcome here (or is a documented difference).</summary>
public sealed class TraefikRuleTableTests
{
    public static TheoryData<RuleCase> Cases => [.. TraefikRuleTable.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_as_traefik_does(RuleCase c)
    {
        var parsed = RuleParser.TryParse(c.Rule, c.Syntax, out var matcher, out var error);
        if (c.Expect == "error")
        {
            parsed.Should().BeFalse($"Traefik refuses {c.Rule}");
            error.Should().NotBeNullOrEmpty();
            return;
        }

        parsed.Should().BeTrue(error);
        matcher!.Matches(c.Facts).Should().Be(c.Expect == "match", c.ToString());
    }
}
