using System.Net;
using FluentAssertions;
using TcpRouting.Model.Matchers;
using static TcpRouting.Model.Tests.Matchers.MatcherFacts;

namespace TcpRouting.Model.Tests.Matchers;

public sealed class OtherMatcherTests
{
    [Theory]
    [InlineData("db-1.example.com", true, true)]
    [InlineData("DB-22.EXAMPLE.COM", false, true)] // case-sensitive as Go's regexp (Traefik v3); v2 templates add (?i)
    [InlineData("db-x.example.com", false, false)]
    [InlineData(null, false, false)]
    public void HostSniRegexp_matches_the_pattern(string? sni, bool matches, bool matchesIgnoringCase)
    {
        new HostSniRegexpMatcher(@"^db-[0-9]+\.example\.com$").Matches(Tls(sni)).Should().Be(matches);
        new HostSniRegexpMatcher(@"(?i)^db-[0-9]+\.example\.com$").Matches(Tls(sni)).Should().Be(matchesIgnoringCase);
    }

    [Fact]
    public void HostSniRegexp_matches_a_hello_without_sni_as_the_empty_name()
    {
        // Traefik matches the pattern against serverName "" (matcher_v2_test: "matching empty servername").
        new HostSniRegexpMatcher("^[a-z]*$").Matches(Tls(null)).Should().BeTrue();
        new HostSniRegexpMatcher("^[a-z]+$").Matches(Tls(null)).Should().BeFalse();
    }

    [Theory]
    [InlineData(@"^(a)\1$", "backreference")]
    [InlineData(@"^(?=a)a$", "lookahead")]
    [InlineData(@"^(?>a+)$", "atomic")]
    [InlineData(@"^(?(a)a|b)$", "conditional")]
    public void HostSniRegexp_refuses_what_needs_backtracking_naming_it(string pattern, string construct)
    {
        var create = () => new HostSniRegexpMatcher(pattern);
        create.Should().Throw<NotSupportedException>().Which.Message.Should().ContainEquivalentOf(construct);
    }

    [Fact]
    public void HostSniRegexp_is_linear_on_nested_quantifiers()
    {
        // ^(a|aa)+$ against 253 a's and a final b: a backtracking engine needs ~2^126 steps; this must return at once.
        var sni = new string('a', 252) + "b";
        new HostSniRegexpMatcher("^(a|aa)+$").Matches(Tls(sni)).Should().BeFalse();
        new HostSniRegexpMatcher(@"^([a-z0-9]+-?)+\.tenants\.example\.com$").Matches(Tls(sni)).Should().BeFalse();
    }

    [Fact]
    public void HostSniRegexp_equality_is_by_pattern()
    {
        new HostSniRegexpMatcher("^a$").Should().Be(new HostSniRegexpMatcher("^a$"));
        new HostSniRegexpMatcher("^a$").Should().NotBe(new HostSniRegexpMatcher("^b$"));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.2.3", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("10.0.0.0/8", "::ffff:10.1.2.3", true)]
    [InlineData("192.0.2.1/32", "192.0.2.1", true)]
    [InlineData("fd00::/64", "fd00::5", true)]
    [InlineData("fd00::/64", "fd01::5", false)]
    public void ClientIp_matches_addresses_in_the_network(string network, string client, bool matches)
    {
        var matcher = new ClientIpMatcher(IPNetwork.Parse(network));
        matcher.Matches(Plain(client)).Should().Be(matches);
        matcher.NeedsClientHello.Should().BeFalse();
    }

    [Fact]
    public void Alpn_matches_an_offered_protocol_exactly()
    {
        var h2 = new AlpnMatcher("h2");
        h2.Matches(Tls("a.com", "192.0.2.1", "http/1.1", "h2")).Should().BeTrue();
        h2.Matches(Tls("a.com", "192.0.2.1", "H2")).Should().BeFalse();
        h2.Matches(Plain()).Should().BeFalse();
        h2.NeedsClientHello.Should().BeTrue();
    }

    [Theory]
    [InlineData(true, true, true, true, true)]
    [InlineData(true, false, false, true, false)]
    [InlineData(false, true, false, true, true)]
    [InlineData(false, false, false, false, true)]
    public void And_or_not_combine_as_boolean_logic(bool left, bool right, bool and, bool or, bool notLeftOrRight)
    {
        Matcher l = left ? new HostSniMatcher("*") : new ClientIpMatcher(IPNetwork.Parse("203.0.113.0/24"));
        Matcher r = right ? new ClientIpMatcher(IPNetwork.Parse("192.0.2.0/24")) : new AlpnMatcher("h2");
        var facts = Tls("a.com");

        new AndMatcher(l, r).Matches(facts).Should().Be(and);
        new OrMatcher(l, r).Matches(facts).Should().Be(or);
        new OrMatcher(new NotMatcher(l), r).Matches(facts).Should().Be(notLeftOrRight);
    }

    [Fact]
    public void Combinators_need_the_client_hello_when_any_part_does_and_only_or_of_star_is_catch_all()
    {
        var star = new HostSniMatcher("*");
        var ip = new ClientIpMatcher(IPNetwork.Parse("10.0.0.0/8"));
        var sni = new HostSniMatcher("a.com");

        new AndMatcher(star, ip).NeedsClientHello.Should().BeFalse();
        new AndMatcher(star, sni).NeedsClientHello.Should().BeTrue();
        new NotMatcher(sni).NeedsClientHello.Should().BeTrue();
        new OrMatcher(star, sni).IsCatchAll.Should().BeTrue();
        new AndMatcher(star, ip).IsCatchAll.Should().BeFalse();
    }
}
