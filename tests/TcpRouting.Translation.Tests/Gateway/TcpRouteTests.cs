using FluentAssertions;
using TcpRouting.Model;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Gateway;

public sealed class TcpRouteTests
{
    [Theory]
    [InlineData("v1alpha2")]
    [InlineData("v1")]
    public void A_route_in_the_gateways_namespace_is_a_catch_all_on_its_listener(string version)
    {
        var run = GatewayRun.Of([
            .. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.1", 1030),
            GatewayOf("default", "gw", Tcp("tcp", 9000)),
            TcpRoute("default", "echo", [Parent("gw", "tcp")], [Backend("echo", 1025)], version: version),
        ]);

        var route = run.RoutesOnPort(9000).Should().ContainSingle().Subject;
        route.Id.Should().Be("tcproute/default/echo/rule/0");
        route.Match.IsCatchAll.Should().BeTrue();
        route.Tls.Mode.Should().Be(TlsMode.None);
        var backend = route.Backends.Should().ContainSingle().Subject;
        backend.Id.Should().Be("tcproute/default/echo/rule/0/backend/0");
        backend.Weight.Should().Be(1);
        backend.Endpoints.Should().Equal(new BackendEndpoint("10.0.0.1", 1030));

        var parent = run.Parent("TCPRoute", "echo");
        parent.ControllerName.Should().Be(GatewayRun.Controller);
        parent.ParentRef.Should().Be(new Status.ParentReference(null, null, null, "gw", "tcp", null));
        parent.Conditions.Should("Accepted", "True", "Accepted").ObservedGeneration.Should().Be(2);
        parent.Conditions.Should("ResolvedRefs", "True", "ResolvedRefs");
        run.Listener("gw", "tcp").AttachedRoutes.Should().Be(1);
    }

    [Fact]
    public void A_parent_ref_by_port_attaches_to_that_port_only()
    {
        var run = GatewayRun.Of([.. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.1"), GatewayOf("default", "gw", Tcp("a", 9000), Tcp("b", 9001)),
            TcpRoute("default", "echo", [Parent("gw", port: 9001)], [Backend("echo", 1025)])]);

        run.RoutesOnPort(9001).Should().ContainSingle();
        run.RoutesOnPort(9000).Should().BeEmpty();
        run.Listener("gw", "a").AttachedRoutes.Should().Be(0);
    }

    [Fact]
    public void A_parent_ref_without_section_attaches_to_every_tcp_listener()
    {
        var run = GatewayRun.Of([.. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.1"), GatewayOf("default", "gw", Tcp("a", 9000), Tcp("b", 9001)),
            TcpRoute("default", "echo", [Parent("gw")], [Backend("echo", 1025)])]);

        run.RoutesOnPort(9000).Should().ContainSingle();
        run.RoutesOnPort(9001).Should().ContainSingle();
    }

    [Fact]
    public void A_section_name_no_listener_has_is_no_matching_parent()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000)), TcpRoute("default", "echo", [Parent("gw", "nope")], [Backend("echo", 1025)]));

        run.Parent("TCPRoute", "echo").Conditions.Should("Accepted", "False", "NoMatchingParent");
        run.Status("TCPRoute", "echo").Problems.Should().Contain(p => p.Field == "spec.parentRefs[0]");
        run.RoutesOnPort(9000).Should().BeEmpty();
    }

    [Fact]
    public void A_listener_that_does_not_allow_the_kind_refuses_the_route()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Passthrough("tls", 9443)), TcpRoute("default", "echo", [Parent("gw", "tls")], [Backend("echo", 1025)]));

        run.Parent("TCPRoute", "echo").Conditions.Should("Accepted", "False", "NotAllowedByListeners");
    }

    [Fact]
    public void Routes_from_other_namespaces_need_the_listener_to_allow_them()
    {
        var same = GatewayOf("infra", "gw", Tcp("tcp", 9000));
        var selector = GatewayOf("infra", "gw", Tcp("tcp", 9000, new { namespaces = new { from = "Selector", selector = new { matchLabels = new { team = "db" } } } }));
        var route = TcpRoute("apps", "echo", [Parent("gw", "tcp", ns: "infra")], [Backend("echo", 1025)]);

        GatewayRun.Of(same, route).Parent("TCPRoute", "echo").Conditions.Should("Accepted", "False", "NotAllowedByListeners");
        GatewayRun.Of(Namespace("apps", new { team = "db" }), selector, route).Parent("TCPRoute", "echo").Conditions.Should("Accepted", "True", "Accepted");
        GatewayRun.Of(Namespace("apps", new { team = "web" }), selector, route).Parent("TCPRoute", "echo").Conditions.Should("Accepted", "False", "NotAllowedByListeners");
    }

    [Fact]
    public void A_backend_in_another_namespace_needs_a_reference_grant()
    {
        KubeObject[] common = [.. ServiceWithEndpoint("backends", "echo", 1025, "10.0.0.1"), GatewayOf("default", "gw", Tcp("tcp", 9000)),
            TcpRoute("default", "echo", [Parent("gw", "tcp")], [Backend("echo", 1025, ns: "backends")])];

        var refused = GatewayRun.Of(common);
        refused.Parent("TCPRoute", "echo").Conditions.Should("Accepted", "True", "Accepted");
        refused.Parent("TCPRoute", "echo").Conditions.Should("ResolvedRefs", "False", "RefNotPermitted");
        refused.RoutesOnPort(9000).Single().Backends.Single().Endpoints.Should().BeEmpty();

        var granted = GatewayRun.Of([ReferenceGrant("backends", "TCPRoute", "default", "Service"), .. common]);
        granted.Parent("TCPRoute", "echo").Conditions.Should("ResolvedRefs", "True", "ResolvedRefs");
        granted.RoutesOnPort(9000).Single().Backends.Single().Endpoints.Should().ContainSingle();
    }

    [Fact]
    public void Missing_services_and_unsupported_kinds_get_no_traffic_but_keep_their_weight()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000)),
            TcpRoute("default", "echo", [Parent("gw", "tcp")], [Backend("missing", 1025, weight: 3), Backend("thing", 1025, kind: "Thing", group: "example.com")]));

        run.Parent("TCPRoute", "echo").Conditions.Should("ResolvedRefs", "False", "BackendNotFound");
        var backends = run.RoutesOnPort(9000).Single().Backends;
        backends.Select(b => (b.Weight, b.Endpoints.Length)).Should().Equal((3, 0), (1, 0));
        run.Status("TCPRoute", "echo").Problems.Select(p => p.Field).Should().Equal("spec.rules[0].backendRefs[0]", "spec.rules[0].backendRefs[1]");
    }

    [Fact]
    public void An_unsupported_backend_kind_is_invalid_kind()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000)),
            TcpRoute("default", "echo", [Parent("gw", "tcp")], [Backend("thing", 1025, kind: "Thing", group: "example.com")]));

        run.Parent("TCPRoute", "echo").Conditions.Should("ResolvedRefs", "False", "InvalidKind");
    }

    [Fact]
    public void Weights_are_kept_and_zero_takes_no_traffic()
    {
        var run = GatewayRun.Of([.. ServiceWithEndpoint("default", "a", 1025, "10.0.0.1"), .. ServiceWithEndpoint("default", "b", 1025, "10.0.0.2"),
            GatewayOf("default", "gw", Tcp("tcp", 9000)),
            TcpRoute("default", "echo", [Parent("gw", "tcp")], [Backend("a", 1025, weight: 0), Backend("b", 1025, weight: 80)])]);

        run.RoutesOnPort(9000).Single().Backends.Select(b => (b.Name, b.Weight)).Should().Equal(("default/a:1025", 0), ("default/b:1025", 80));
    }

    [Fact]
    public void On_one_listener_the_oldest_route_takes_the_connections_and_both_count_as_attached()
    {
        var run = GatewayRun.Of([.. ServiceWithEndpoint("default", "old", 1025, "10.0.0.1"), GatewayOf("default", "gw", Tcp("tcp", 9000)),
            TcpRoute("default", "older", [Parent("gw", "tcp")], [Backend("old", 1025)], minute: 1),
            TcpRoute("default", "newer", [Parent("gw", "tcp")], [Backend("old", 1025)], minute: 2)]);

        run.RoutesOnPort(9000).Should().ContainSingle().Which.Id.Should().Be("tcproute/default/older/rule/0");
        run.Listener("gw", "tcp").AttachedRoutes.Should().Be(2);
        run.Parent("TCPRoute", "newer").Conditions.Should("Accepted", "True", "Accepted").Message.Should().Contain("older TCPRoute default/older");
    }

    [Fact]
    public void A_missing_gateway_is_reported_only_in_manifest_mode()
    {
        KubeObject[] objects = [TcpRoute("default", "echo", [Parent("nope")], [Backend("echo", 1025)])];

        GatewayRun.With(TranslationSettings.Default, objects).Status("TCPRoute", "echo").Parents.Should().BeEmpty();
        GatewayRun.With(TranslationSettings.Default with { ManifestMode = true }, objects).Parent("TCPRoute", "echo").Conditions.Should("Accepted", "False", "NoMatchingParent");
    }
}
