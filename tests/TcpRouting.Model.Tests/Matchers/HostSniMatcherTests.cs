using FluentAssertions;
using TcpRouting.Model.Matchers;
using static TcpRouting.Model.Tests.Matchers.MatcherFacts;

namespace TcpRouting.Model.Tests.Matchers;

public sealed class HostSniMatcherTests
{
    [Fact]
    public void Star_matches_every_connection_and_needs_no_client_hello()
    {
        var star = new HostSniMatcher("*");
        star.Matches(Plain()).Should().BeTrue();
        star.Matches(Tls("db.example.com")).Should().BeTrue();
        star.IsCatchAll.Should().BeTrue();
        star.NeedsClientHello.Should().BeFalse();
    }

    [Theory]
    [InlineData("db.example.com", true)]
    [InlineData("DB.Example.COM", true)]
    [InlineData("x.db.example.com", false)]
    [InlineData("example.com", false)]
    [InlineData(null, false)]
    public void Exact_names_match_case_insensitively(string? sni, bool matches)
    {
        new HostSniMatcher("DB.example.com").Matches(Tls(sni)).Should().Be(matches);
    }

    [Theory]
    [InlineData("db.example.com", true)]
    [InlineData("a.b.example.com", true)]
    [InlineData("example.com", false)]
    [InlineData(".example.com", false)]
    [InlineData("db.example.org", false)]
    public void Wildcards_match_any_name_under_the_suffix(string sni, bool matches)
    {
        var wildcard = new HostSniMatcher("*.example.com");
        wildcard.IsWildcard.Should().BeTrue();
        wildcard.Matches(Tls(sni)).Should().Be(matches);
    }

    [Fact]
    public void A_name_never_matches_a_plain_connection()
    {
        new HostSniMatcher("db.example.com").Matches(Plain()).Should().BeFalse();
    }
}
