using System.Collections.Immutable;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Ngrok;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Tests.Gateway;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Ngrok;

public sealed class NgrokTranslatorTests
{
    private static KubeObject AgentEndpoint(string url, string upstream, string? proxyProtocolVersion = null) => Obj(new
    {
        apiVersion = "ngrok.k8s.ngrok.com/v1alpha1",
        kind = "AgentEndpoint",
        metadata = new { name = "example-service", @namespace = "default", generation = 2 },
        spec = new { url, upstream = new { url = upstream, proxyProtocolVersion }, trafficPolicy = new { inline = new { } } },
    });

    private static (RouteTable Table, ImmutableArray<ObjectStatus> Statuses) Run(params KubeObject[] objects)
    {
        var table = new TableBuilder(StaticConfig.Empty);
        var statuses = NgrokTranslator.Translate(objects, ClusterIndex.Build(objects), table);
        return (table.Build(), statuses);
    }

    [Fact]
    public void A_tcp_url_serves_every_connection_on_its_port_to_the_named_service()
    {
        var (table, statuses) = Run([.. ServiceWithEndpoint("example-namespace", "example-service", 8443, "10.0.0.9", 8443),
            AgentEndpoint("tcp://1.tcp.ngrok.io:12345", "tcp://example-service.example-namespace:8443")]);

        var listener = table.Listeners.Should().ContainSingle().Subject;
        listener.EndPoint.Port.Should().Be(12345);
        var route = listener.Routes.Single();
        route.Id.Should().Be("agentendpoint/default/example-service");
        route.Match.IsCatchAll.Should().BeTrue();
        route.Backends.Single().Service.Should().Be(new SourceRef("Service", "example-namespace", "example-service"));
        route.Backends.Single().Endpoints.Should().Equal(new BackendEndpoint("10.0.0.9", 8443));
        statuses.Single().Conditions.Should("Ready", "True", "Ready");
    }

    [Fact]
    public void A_tls_url_passes_tls_through_by_sni_on_443_by_default()
    {
        var (table, _) = Run([.. ServiceWithEndpoint("default", "db", 5432, "10.0.0.9"), AgentEndpoint("tls://db.example.com", "tcp://db:5432")]);

        var route = table.Listeners.Single(l => l.EndPoint.Port == 443).Routes.Single();
        route.Tls.Should().Be(RouteTls.Passthrough);
        route.Match.Should().Be(new HostSniMatcher("db.example.com"));
        route.Backends.Single().Service.Should().Be(new SourceRef("Service", "default", "db"));
    }

    [Theory]
    [InlineData("tcp://db.data.svc.cluster.local:5432")]
    [InlineData("db.data.svc:5432")]
    [InlineData("db.data:5432")]
    public void Service_host_forms_resolve_to_the_service(string upstream)
    {
        var (table, _) = Run([.. ServiceWithEndpoint("data", "db", 5432, "10.0.0.9"), AgentEndpoint("tcp://x:5000", upstream)]);

        table.Listeners.Single().Routes.Single().Backends.Single().Endpoints.Should().Equal(new BackendEndpoint("10.0.0.9", 8080));
    }

    [Fact]
    public void A_host_that_is_no_known_service_is_dialled_by_name()
    {
        var (table, statuses) = Run(AgentEndpoint("tcp://1.tcp.ngrok.io:12345", "tcp://db.example.com:5432", proxyProtocolVersion: "2"));

        var backend = table.Listeners.Single().Routes.Single().Backends.Single();
        backend.Service.Should().BeNull();
        backend.Endpoints.Should().Equal(new BackendEndpoint("db.example.com", 5432));
        backend.ProxyProtocol.Should().Be(2);
        statuses.Single().Conditions.Should("Ready", "True", "Ready");
    }

    [Theory]
    [InlineData("https://example.ngrok.app", "tcp://db:5432", "spec.url")]
    [InlineData("tcp://1.tcp.ngrok.io", "tcp://db:5432", "spec.url")]
    [InlineData("tcp://1.tcp.ngrok.io:1", "http://db:80", "spec.upstream.url")]
    public void Urls_this_gateway_cannot_serve_are_invalid(string url, string upstream, string field)
    {
        var (table, statuses) = Run(AgentEndpoint(url, upstream));

        table.Listeners.Should().BeEmpty();
        statuses.Single().Conditions.Should("Accepted", "False", "Invalid").Message.Should().StartWith(field);
    }
}
