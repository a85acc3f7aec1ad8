using FluentAssertions;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Tests.Health;

public sealed class HealthConditionsTests
{
    private static readonly StaticConfig Config = StaticConfigParser.Parse("entryPoints: { pg: { address: ':5432' } }", "c.yaml", out _);

    private static readonly TranslationResult Result = Translator.Translate(ResourceSnapshot.Of(TestFiles.Objects("""
        apiVersion: v1
        kind: Service
        metadata: { name: pg, namespace: default }
        spec: { ports: [{ port: 5432 }] }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-1, namespace: default, labels: { kubernetes.io/service-name: pg } }
        ports: [{ port: 5432 }]
        endpoints: [{ addresses: [10.0.0.1] }, { addresses: [10.0.0.2] }]
        ---
        apiVersion: traefik.io/v1alpha1
        kind: IngressRouteTCP
        metadata: { name: db, namespace: default, generation: 4 }
        spec:
          entryPoints: [pg]
          routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432, healthCheck: { port: 8008, http: { path: /primary } } }] }]
        ---
        apiVersion: traefik.io/v1alpha1
        kind: IngressRouteTCP
        metadata: { name: other, namespace: default }
        spec:
          entryPoints: [pg]
          routes: [{ match: HostSNI(`other`), services: [{ name: pg, port: 5432 }] }]
        """), Config));

    private static string BackendId => Result.Table.Listeners.Single().Routes.Single(r => r.Source.Name == "db").Backends.Single().Id;

    [Fact]
    public void A_checked_route_says_how_many_endpoints_pass_and_others_are_left_alone()
    {
        var shown = HealthConditions.Apply(Result, new Dictionary<string, BackendHealth> { [BackendId] = new(1, 0, 2, false) });

        var condition = shown.Statuses.Single(s => s.Object.Name == "db").Conditions.Single(c => c.Type == HealthConditions.Type);
        condition.Should().Be(new Condition(HealthConditions.Type, "True", "EndpointsHealthy", "1/2 endpoints pass their health check", 4));
        shown.Statuses.Single(s => s.Object.Name == "other").Should().BeSameAs(Result.Statuses.Single(s => s.Object.Name == "other"));
    }

    [Theory]
    [InlineData(false, "new connections are refused (fail closed)")]
    [InlineData(true, "new connections still go to all of them (failOpen)")]
    public void None_passing_says_whether_new_connections_are_refused(bool failOpen, string said)
    {
        var shown = HealthConditions.Apply(Result, new Dictionary<string, BackendHealth> { [BackendId] = new(0, 0, 2, failOpen) });

        var condition = shown.Statuses.Single(s => s.Object.Name == "db").Conditions.Single(c => c.Type == HealthConditions.Type);
        (condition.Status, condition.Reason).Should().Be(("False", "NoHealthyEndpoints"));
        condition.Message.Should().StartWith("0/2 endpoints pass").And.Contain("default/pg:5432: none pass, " + said);
    }

    [Fact]
    public void Endpoints_not_checked_yet_are_not_called_failing()
    {
        var shown = HealthConditions.Apply(Result, new Dictionary<string, BackendHealth> { [BackendId] = new(0, 2, 2, false) });

        var condition = shown.Statuses.Single(s => s.Object.Name == "db").Conditions.Single(c => c.Type == HealthConditions.Type);
        condition.Status.Should().Be("True");
        condition.Message.Should().Be("0/2 endpoints pass their health check, 2 not checked yet");
    }
}
