using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Gateway;

public sealed class TlsRouteTests
{
    [Theory]
    [InlineData("v1alpha2")]
    [InlineData("v1alpha3")]
    [InlineData("v1")]
    public void A_passthrough_route_matches_its_hostnames(string version)
    {
        var run = GatewayRun.Of([.. ServiceWithEndpoint("default", "db", 5432, "10.0.0.1"), GatewayOf("default", "gw", Passthrough("tls", 443)),
            TlsRoute("default", "db", ["db.example.com"], [Parent("gw", "tls")], [Backend("db", 5432)], version: version)]);

        var route = run.RoutesOnPort(443).Should().ContainSingle().Subject;
        route.Id.Should().Be("tlsroute/default/db/rule/0");
        route.Tls.Should().Be(RouteTls.Passthrough);
        route.Match.Should().Be(new HostSniMatcher("db.example.com"));
        run.Parent("TLSRoute", "db").Conditions.Should("Accepted", "True", "Accepted").ObservedGeneration.Should().Be(3);
    }

    [Fact]
    public void Hostnames_are_intersected_with_the_listeners()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Passthrough("tls", 443, "*.example.com")),
            TlsRoute("default", "db", ["abc.example.com", "other.org", "*.com"], [Parent("gw", "tls")], [Backend("db", 5432)]));

        run.RoutesOnPort(443).Single().Rule.Should().Be("HostSNI(`abc.example.com`) || HostSNI(`*.example.com`)");
    }

    [Fact]
    public void Hostnames_that_do_not_intersect_are_no_matching_listener_hostname()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Passthrough("tls", 443, "abc.example.com")),
            TlsRoute("default", "db", ["non.matching.com"], [Parent("gw", "tls")], [Backend("db", 5432)]));

        run.Parent("TLSRoute", "db").Conditions.Should("Accepted", "False", "NoMatchingListenerHostname");
        run.RoutesOnPort(443).Should().BeEmpty();
    }

    [Fact]
    public void On_a_terminate_listener_tls_ends_here_with_the_listeners_certificate()
    {
        var run = GatewayRun.Of(TlsSecret("default", "cert", "tls9443.kong.example"),
            GatewayOf("default", "kong", Terminate("stream9443", 9443, "tls9443.kong.example", new { group = "", kind = "Secret", name = "cert" })),
            TlsRoute("default", "echo", ["tls9443.kong.example"], [Parent("kong", "stream9443")], [Backend("echo", 1025)]));

        var route = run.RoutesOnPort(9443).Single();
        route.Tls.Mode.Should().Be(TlsMode.Terminate);
        route.Tls.Termination!.Certificates.Should().ContainSingle().Which.Id.Should().Be("secret/default/cert");
        route.Match.Should().Be(new HostSniMatcher("tls9443.kong.example"));
    }

    [Fact]
    public void A_route_on_a_listener_with_a_missing_secret_attaches_but_gets_no_traffic()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Terminate("tls", 9443, null, new { name = "missing" })),
            TlsRoute("default", "echo", ["a.example.com"], [Parent("gw", "tls")], [Backend("echo", 1025)]));

        run.Parent("TLSRoute", "echo").Conditions.Should("Accepted", "True", "Accepted").Message.Should().Contain("not programmed");
        run.Listener("gw", "tls").AttachedRoutes.Should().Be(1);
        run.Table.Listeners.Should().BeEmpty();
    }

    [Fact]
    public void The_oldest_route_keeps_a_hostname_two_routes_claim()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Passthrough("tls", 443)),
            TlsRoute("default", "older", ["db.example.com"], [Parent("gw", "tls")], [Backend("a", 5432)], minute: 1),
            TlsRoute("default", "newer", ["db.example.com", "new.example.com"], [Parent("gw", "tls")], [Backend("b", 5432)], minute: 2));

        run.RoutesOnPort(443).Select(r => (r.Id, r.Rule)).Should().BeEquivalentTo([
            ("tlsroute/default/older/rule/0", "HostSNI(`db.example.com`)"),
            ("tlsroute/default/newer/rule/0", "HostSNI(`new.example.com`)"),
        ]);
        run.Parent("TLSRoute", "newer").Conditions.Should("Accepted", "True", "Accepted").Message.Should().Contain("TLSRoute default/older");
    }

    [Fact]
    public void Exact_names_outrank_wildcards()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Passthrough("tls", 443)),
            TlsRoute("default", "wild", ["*.example.com"], [Parent("gw", "tls")], [Backend("a", 5432)], minute: 1),
            TlsRoute("default", "exact", ["a.example.com"], [Parent("gw", "tls")], [Backend("b", 5432)], minute: 2));

        run.RoutesOnPort(443).Select(r => r.Id).Should().Equal("tlsroute/default/exact/rule/0", "tlsroute/default/wild/rule/0");
    }
}
