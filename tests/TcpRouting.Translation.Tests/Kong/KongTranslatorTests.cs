using System.Collections.Immutable;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Kong;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Tests.Gateway;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Kong;

public sealed class KongTranslatorTests
{
    private static KubeObject TcpIngress(string name, object[] rules, object[]? tls = null) => Obj(new
    {
        apiVersion = "configuration.konghq.com/v1beta1",
        kind = "TCPIngress",
        metadata = new { name, @namespace = "default", generation = 4, annotations = new Dictionary<string, string> { ["kubernetes.io/ingress.class"] = "kong" } },
        spec = new { rules, tls },
    });

    private static object Rule(int port, string service, int servicePort, string? host = null) =>
        new { host, port, backend = new { serviceName = service, servicePort } };

    private static (RouteTable Table, ImmutableArray<ObjectStatus> Statuses) Run(params KubeObject[] objects)
    {
        var table = new TableBuilder(StaticConfig.Empty);
        var statuses = KongTranslator.Translate(objects, ClusterIndex.Build(objects), table);
        return (table.Build(), statuses);
    }

    [Fact]
    public void A_rule_without_host_forwards_every_connection_on_its_port()
    {
        var (table, statuses) = Run([.. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.7", 1025), TcpIngress("echo-plaintext", [Rule(9000, "echo", 1025)])]);

        var listener = table.Listeners.Should().ContainSingle().Subject;
        listener.EndPoint.Port.Should().Be(9000);
        var route = listener.Routes.Should().ContainSingle().Subject;
        route.Id.Should().Be("tcpingress/default/echo-plaintext/rule/0");
        route.Match.IsCatchAll.Should().BeTrue();
        route.Tls.Should().Be(RouteTls.None);
        route.Backends.Single().Endpoints.Should().Equal(new BackendEndpoint("10.0.0.7", 1025));
        var ready = statuses.Single().Conditions.Should("Ready", "True", "Ready");
        ready.ObservedGeneration.Should().Be(4);
    }

    [Fact]
    public void A_rule_with_host_terminates_tls_with_the_certificate_listing_that_host()
    {
        var (table, statuses) = Run([.. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.7"), TlsSecret("default", "tls9443.kong.example", "tls9443.kong.example"),
            TcpIngress("echo-tls", [Rule(9443, "echo", 1025, "tls9443.kong.example")], [new { secretName = "tls9443.kong.example", hosts = new[] { "tls9443.kong.example" } }])]);

        var route = table.Listeners.Single(l => l.EndPoint.Port == 9443).Routes.Single();
        route.Match.Should().Be(new HostSniMatcher("tls9443.kong.example"));
        route.Tls.Mode.Should().Be(TlsMode.Terminate);
        route.Tls.Termination!.Certificates.Single().Id.Should().Be("secret/default/tls9443.kong.example");
        statuses.Single().Conditions.Should("Ready", "True", "Ready");
    }

    [Fact]
    public void A_host_without_a_tls_entry_or_secret_is_unresolved_and_not_served()
    {
        var (table, statuses) = Run([.. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.7"),
            TcpIngress("no-entry", [Rule(9443, "echo", 1025, "a.example.com")]),
            TcpIngress("no-secret", [Rule(9444, "echo", 1025, "b.example.com")], [new { secretName = "gone", hosts = new[] { "b.example.com" } }])]);

        table.Listeners.Should().BeEmpty();
        statuses[0].Conditions.Should("ResolvedRefs", "False", "SecretNotFound").Message.Should().Contain("a.example.com");
        statuses[1].Problems.Should().ContainSingle(p => p.Field == "spec.tls[0].secretName");
    }

    [Fact]
    public void A_missing_service_is_unresolved_and_its_port_refuses_connections()
    {
        var (table, statuses) = Run(TcpIngress("echo", [Rule(9000, "missing", 1025)]));

        statuses.Single().Conditions.Should("Ready", "False", "ServiceNotFound");
        table.Listeners.Single().Routes.Single().Backends.Single().Endpoints.Should().BeEmpty();
    }

    [Fact]
    public void A_bad_port_is_invalid_and_names_the_field()
    {
        var (_, statuses) = Run(TcpIngress("echo", [Rule(70000, "echo", 1025)]));

        statuses.Single().Conditions.Should("Accepted", "False", "Invalid").Message.Should().Contain("spec.rules[0].port");
    }
}
