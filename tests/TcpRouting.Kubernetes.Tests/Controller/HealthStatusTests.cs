using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Kubernetes.Tests.TestSupport;
using TcpRouting.Model;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Controller;

/// <summary>The proxy's health results reach the route's status through the leader's status writer.</summary>
public sealed class HealthStatusTests
{
    private static readonly FakeResourceType TcpIngress = FakeResourceTypes.Kong[0];

    [Fact]
    public async Task The_status_says_how_many_endpoints_pass_and_that_none_passing_refuses_new_connections()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        var service = Manifests.Service("default", "db", 5432);
        service["metadata"]!["annotations"] = new JsonObject { ["tcprouting.io/health-check"] = "{port: 8008, http: {path: /primary}}" };
        cluster.Server.Apply(FakeResourceTypes.Services, service);
        cluster.Server.Apply(FakeResourceTypes.EndpointSlices, Manifests.Slice("default", "db", 5432, "10.0.0.7"));
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "pg", 9000, "db"));
        var backend = await Eventually.Value(() => cluster.Routes.SelectMany(r => r.Backends).FirstOrDefault(b => b.HealthCheck is not null), _ => true, "a checked backend");
        backend.HealthCheck!.Http!.Path.Should().Be("/primary");

        cluster.Health.Publish(System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(backend.Id, new BackendHealth(1, 0, 1, false))]));
        var healthy = await Eventually.Value(() => Condition(cluster, "EndpointsHealthy"), c => c["status"]?.GetValue<string>() == "True", "EndpointsHealthy=True");
        healthy["message"]!.GetValue<string>().Should().Contain("1/1 endpoints pass");

        cluster.Health.Publish(System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(backend.Id, new BackendHealth(0, 0, 1, false))]));
        var none = await Eventually.Value(() => Condition(cluster, "EndpointsHealthy"), c => c["status"]?.GetValue<string>() == "False", "EndpointsHealthy=False");
        none["reason"]!.GetValue<string>().Should().Be("NoHealthyEndpoints");
        none["message"]!.GetValue<string>().Should().Contain("0/1").And.Contain("refused (fail closed)");
    }

    private static JsonObject? Condition(ClusterHarness cluster, string type) => ClusterControllerTests.Condition(cluster.Server.Get(TcpIngress, "default", "pg"), type);
}
