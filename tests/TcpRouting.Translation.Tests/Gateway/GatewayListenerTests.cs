using FluentAssertions;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Gateway;

public sealed class GatewayListenerTests
{
    [Fact]
    public void Our_class_is_accepted_and_a_tcp_listener_binds_its_port_before_any_route()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000)));

        run.Status("GatewayClass", "ours").Conditions.Should("Accepted", "True", "Accepted");
        var gateway = run.Status("Gateway", "gw");
        gateway.Conditions.Should("Accepted", "True", "Accepted");
        gateway.Conditions.Should("Programmed", "True", "Programmed");
        var listener = run.Listener("gw", "tcp");
        listener.AttachedRoutes.Should().Be(0);
        listener.SupportedKinds.Should().Equal(new Status.RouteGroupKind(GatewayGroup, "TCPRoute"));
        listener.Conditions.Should("Conflicted", "False", "NoConflicts");
        listener.Conditions.Should("ResolvedRefs", "True", "ResolvedRefs");
        run.Table.Listeners.Should().ContainSingle(l => l.Name == "gateway/default/gw/tcp" && l.EndPoint.Port == 9000);
    }

    [Fact]
    public void Another_controllers_class_and_its_gateways_are_left_alone()
    {
        var run = GatewayRun.With(TranslationSettings.Default, [GatewayClass("theirs", "example.com/other"), Obj(new
        {
            apiVersion = $"{GatewayGroup}/v1",
            kind = "Gateway",
            metadata = Meta("default", "gw"),
            spec = new { gatewayClassName = "theirs", listeners = new[] { Tcp("tcp", 9000) } },
        })]);

        run.Statuses.Should().BeEmpty();
        run.Table.Listeners.Should().BeEmpty();
    }

    [Fact]
    public void A_gateway_whose_class_is_absent_is_ours_only_in_manifest_mode()
    {
        KubeObject[] objects = [GatewayOf("default", "gw", Tcp("tcp", 9000))];

        GatewayRun.With(TranslationSettings.Default, objects).Statuses.Should().BeEmpty();
        GatewayRun.With(TranslationSettings.Default with { ManifestMode = true }, objects).Status("Gateway", "gw").Conditions.Should("Programmed", "True", "Programmed");
    }

    [Theory]
    [InlineData("HTTP")]
    [InlineData("HTTPS")]
    [InlineData("UDP")]
    public void Unsupported_protocols_are_not_accepted_and_the_gateway_says_listeners_not_valid(string protocol)
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000), new { name = "web", port = 80, protocol }));

        var listener = run.Listener("gw", "web");
        listener.Conditions.Should("Accepted", "False", "UnsupportedProtocol");
        listener.Conditions.Should("Programmed", "False", "Invalid");
        listener.SupportedKinds.Should().BeEmpty();
        run.Status("Gateway", "gw").Conditions.Should("Accepted", "True", "ListenersNotValid");
        run.Table.Listeners.Should().ContainSingle().Which.EndPoint.Port.Should().Be(9000);
    }

    [Fact]
    public void A_gateway_with_no_supported_listener_is_not_accepted()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", new { name = "web", port = 80, protocol = "HTTP" }));

        run.Status("Gateway", "gw").Conditions.Should("Accepted", "False", "ListenersNotValid");
        run.Status("Gateway", "gw").Conditions.Should("Programmed", "False", "Invalid");
    }

    [Fact]
    public void Tcp_and_tls_on_one_port_conflict_and_the_first_keeps_the_port()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000), Passthrough("tls", 9000)));

        run.Listener("gw", "tcp").Conditions.Should("Conflicted", "False", "NoConflicts");
        var tls = run.Listener("gw", "tls");
        tls.Conditions.Should("Conflicted", "True", "ProtocolConflict");
        tls.Conditions.Should("Programmed", "False", "Invalid");
        run.Table.Listeners.Should().ContainSingle().Which.Name.Should().Be("gateway/default/gw/tcp");
    }

    [Fact]
    public void Two_tls_listeners_with_one_hostname_on_one_port_conflict()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Passthrough("a", 443, "db.example.com"), Passthrough("b", 443, "db.example.com"), Passthrough("c", 443, "other.example.com")));

        run.Listener("gw", "b").Conditions.Should("Conflicted", "True", "HostnameConflict");
        run.Listener("gw", "c").Conditions.Should("Conflicted", "False", "NoConflicts");
    }

    [Fact]
    public void Terminate_with_a_missing_secret_is_not_programmed()
    {
        var run = GatewayRun.Of(GatewayOf("default", "gw", Terminate("tls", 9443, null, new { name = "missing" })));

        var listener = run.Listener("gw", "tls");
        listener.Conditions.Should("ResolvedRefs", "False", "InvalidCertificateRef").Message.Should().Contain("default/missing");
        listener.Conditions.Should("Programmed", "False", "Invalid");
        run.Table.Listeners.Should().BeEmpty();
    }

    [Fact]
    public void A_secret_in_another_namespace_needs_a_reference_grant()
    {
        var secret = TlsSecret("certs", "db", "db.example.com");
        var listener = Terminate("tls", 9443, "db.example.com", new { name = "db", @namespace = "certs" });

        GatewayRun.Of(secret, GatewayOf("default", "gw", listener)).Listener("gw", "tls").Conditions.Should("ResolvedRefs", "False", "RefNotPermitted");
        GatewayRun.Of(secret, ReferenceGrant("certs", "Gateway", "default", "Secret"), GatewayOf("default", "gw", listener))
            .Listener("gw", "tls").Conditions.Should("Programmed", "True", "Programmed");
    }

    [Fact]
    public void Route_kinds_the_protocol_cannot_serve_are_invalid()
    {
        var allowed = new { kinds = new object[] { new { kind = "TCPRoute" }, new { kind = "HTTPRoute" } } };

        var listener = GatewayRun.Of(GatewayOf("default", "gw", Tcp("tcp", 9000, allowed))).Listener("gw", "tcp");

        listener.Conditions.Should("ResolvedRefs", "False", "InvalidRouteKinds").Message.Should().Contain("HTTPRoute");
        listener.SupportedKinds.Should().Equal(new Status.RouteGroupKind(GatewayGroup, "TCPRoute"));
    }
}
