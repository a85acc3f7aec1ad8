using FluentAssertions;
using TcpRouting.Kubernetes.Tests.TestSupport;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Controller;

/// <summary>Traefik's CRDs have no status subresource: what is wrong with a route is said by a Warning Event, and no status is written.</summary>
public sealed class BrokenRouteEventTests
{
    private static readonly FakeResourceType IngressRouteTcp = FakeResourceTypes.Traefik()[0];

    [Theory]
    [InlineData("unknown-ep", "HostSNI(`*`)", "nowhere", "nowhere")]
    [InlineData("bad-rule", "HostSNI(`a.example.com`", "postgres", "match")]
    [InlineData("no-service", "HostSNI(`*`)", "postgres", "missing")]
    public async Task A_broken_traefik_route_gets_one_warning_event_naming_the_problem(string name, string match, string entryPoint, string mentioned)
    {
        await using var cluster = await ClusterHarness.StartAsync();
        cluster.Server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("default", name, match, "missing", entryPoint: entryPoint));

        var warning = await Eventually.Value(
            () => ClusterControllerTests.EventsFor(cluster.Server, name).FirstOrDefault(), e => e["type"]!.GetValue<string>() == "Warning", "a Warning Event");
        warning["note"]!.GetValue<string>().Should().Contain(mentioned);
        warning["regarding"]!["kind"]!.GetValue<string>().Should().Be("IngressRouteTCP");
        warning["reportingController"]!.GetValue<string>().Should().Be(cluster.Options.EventController);
        cluster.Server.Requests.Should().NotContain(r => r.Contains("/ingressroutetcps/", StringComparison.Ordinal) && r.Contains("/status", StringComparison.Ordinal));
        ClusterControllerTests.EventsFor(cluster.Server, name).Should().ContainSingle();
    }
}
