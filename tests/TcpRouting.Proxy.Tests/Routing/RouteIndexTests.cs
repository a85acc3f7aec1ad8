using System.Net;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Proxy.Routing;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Routing;

public sealed class RouteIndexTests
{
    private static readonly IPAddress Client = IPAddress.Parse("10.1.2.3");

    [Theory]
    [InlineData("a.example.com", "exact")]
    [InlineData("b.example.com", "wildcard")]
    [InlineData("x.y.example.com", "wildcard")]
    [InlineData("other.test", "catch-all")]
    [InlineData(null, "catch-all")]
    public void First_match_in_listener_order_wins(string? sni, string expected)
    {
        var index = Index(
            Compiled("exact", new HostSniMatcher("a.example.com")),
            Compiled("wildcard", new HostSniMatcher("*.example.com")),
            Compiled("catch-all", new HostSniMatcher("*")));

        index.Match(Facts(sni))!.Route.Id.Should().Be(expected);
    }

    [Fact]
    public void A_general_rule_ranked_first_beats_an_exact_name_ranked_later()
    {
        var index = Index(
            Compiled("by-ip", new AndMatcher(new ClientIpMatcher(IPNetwork.Parse("10.0.0.0/8")), new HostSniMatcher("a.example.com"))),
            Compiled("exact", new HostSniMatcher("a.example.com")));

        index.Match(Facts("a.example.com"))!.Route.Id.Should().Be("by-ip");
    }

    [Fact]
    public void Wildcard_does_not_match_the_bare_domain_and_nothing_matches_yields_null()
    {
        var index = Index(Compiled("wildcard", new HostSniMatcher("*.example.com")));

        index.Match(Facts("example.com")).Should().BeNull();
        index.Match(Facts(".example.com")).Should().BeNull();
    }

    [Fact]
    public void Peek_mode_is_none_only_for_plain_rules_that_ignore_the_client_hello()
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, 1);
        CompiledListener.ChoosePeekMode(Listener("a", CatchAll("r", Backend("b", endpoint)))).Should().Be(PeekMode.None);
        CompiledListener.ChoosePeekMode(Listener("b", Sni("r", "x.test", RouteTls.None, Backend("b", endpoint)))).Should().Be(PeekMode.ClientHello);
        CompiledListener.ChoosePeekMode(Listener("c", Sni("r", "*", RouteTls.Passthrough, Backend("b", endpoint)))).Should().Be(PeekMode.ClientHello);
    }

    private static RouteIndex Index(params CompiledRoute[] routes) => new(routes);

    private static CompiledRoute Compiled(string id, Matcher matcher) =>
        new(Route(id, matcher, RouteTls.Passthrough, []), [], null, System.Collections.Frozen.FrozenDictionary<string, Proxy.Tls.BackendTlsConfig>.Empty);

    private static ConnectionFacts Facts(string? sni) => new(Client, true, sni, []);
}
