using FluentAssertions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class BackendResolverTests
{
    private static readonly ClusterIndex Index = ClusterIndex.Build(Objects(), allowExternalNameServices: true);

    private static IReadOnlyList<KubeObject> Objects() => TestFiles.Objects("""
        apiVersion: v1
        kind: Service
        metadata: { name: pg, namespace: default }
        spec:
          clusterIP: 10.96.0.10
          ports: [{ name: sql, port: 5432, targetPort: 15432 }, { name: metrics, port: 9187 }]
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-1, namespace: default, labels: { kubernetes.io/service-name: pg } }
        ports: [{ name: sql, port: 15432 }, { name: metrics, port: 9187 }]
        endpoints:
          - addresses: [10.0.0.2]
            conditions: { ready: true }
          - addresses: [10.0.0.1]
          - addresses: ["010.0.0.9"] # not an address (leading zero): skipped, never read as octal 8.0.0.9
          - addresses: [10.0.0.3]
            conditions: { ready: false }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-2, namespace: default, labels: { kubernetes.io/service-name: pg } }
        ports: [{ name: sql, port: 15432 }]
        endpoints:
          - addresses: [10.0.0.1, "fd00::1"]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: ext, namespace: default }
        spec: { type: ExternalName, externalName: db.example.net }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: headless, namespace: default }
        spec: { clusterIP: None, ports: [{ port: 80 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: octal, namespace: default }
        spec: { type: ExternalName, externalName: "010.0.0.1" }
        """);

    [Theory]
    [InlineData("5432")]
    [InlineData("sql")]
    public void Resolves_ready_endpoints_on_the_slice_port_named_like_the_service_port(string port)
    {
        var result = BackendResolver.Resolve(Index, "default", "pg", port);

        result.Error.Should().BeNull();
        result.Service.Should().Be(new SourceRef("Service", "default", "pg"));
        result.Endpoints.Select(e => e.ToString()).Should().Equal("10.0.0.1:15432", "10.0.0.2:15432", "[fd00::1]:15432");
    }

    [Fact]
    public void Picks_the_slice_port_of_another_service_port_by_its_name()
    {
        BackendResolver.Resolve(Index, "default", "pg", "9187").Endpoints.Select(e => e.ToString()).Should().Equal("10.0.0.1:9187", "10.0.0.2:9187");
    }

    [Fact]
    public void Uses_the_cluster_ip_and_service_port_for_native_lb()
    {
        BackendResolver.Resolve(Index, "default", "pg", "sql", useClusterIp: true).Endpoints.Should().Equal(new BackendEndpoint("10.96.0.10", 5432));
        BackendResolver.Resolve(Index, "default", "headless", "80", useClusterIp: true).Error.Should().Contain("no cluster IP");
    }

    [Fact]
    public void Resolves_external_name_to_the_host_with_the_given_port()
    {
        BackendResolver.Resolve(Index, "default", "ext", "3306").Endpoints.Should().Equal(new BackendEndpoint("db.example.net", 3306));
    }

    [Fact]
    public void Names_the_missing_service_or_port()
    {
        BackendResolver.Resolve(Index, "default", "postgres-service", "5432").Error.Should().Be("Service default/postgres-service not found");
        BackendResolver.Resolve(Index, "default", "pg", "5433").Error.Should().Be("Service default/pg has no port 5433");
        BackendResolver.Resolve(Index, "default", "pg", "nope").Error.Should().Be("Service default/pg has no port nope");
    }

    [Fact]
    public void Refuses_external_name_services_unless_allowed()
    {
        // Issue 12 finding 6: an ExternalName (localhost, a node, a metadata address) was always followed.
        var result = BackendResolver.Resolve(ClusterIndex.Build(Objects()), "default", "ext", "3306");

        result.Endpoints.Should().BeEmpty();
        result.Reason.Should().Be(BackendResolver.ExternalNameNotAllowed);
        result.Error.Should().Contain("Service default/ext is of type ExternalName (db.example.net)").And.Contain("allowExternalNameServices");
    }

    [Fact]
    public void Refuses_an_external_name_the_resolver_would_read_as_octal()
    {
        var result = BackendResolver.Resolve(Index, "default", "octal", "3306");

        result.Endpoints.Should().BeEmpty();
        result.Error.Should().Contain("\"010.0.0.1\" is not a valid IP address");
    }
}
