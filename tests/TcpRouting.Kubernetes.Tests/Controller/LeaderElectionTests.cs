using FluentAssertions;
using TcpRouting.Kubernetes.Tests.TestSupport;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Controller;

/// <summary>Every replica serves routes; one Lease holder writes status, and another takes over when it goes.</summary>
public sealed class LeaderElectionTests
{
    [Fact]
    public async Task Two_replicas_elect_one_writer_and_the_other_takes_over_when_the_lease_expires()
    {
        var server = await ClusterHarness.ServerWithEverythingAsync();
        await using var _ = server;
        await using var a = await ClusterHarness.StartAsync(o => o with { ReleaseLeaseOnStop = false }, server, "replica-a");
        await using var b = await ClusterHarness.StartAsync(o => o with { ReleaseLeaseOnStop = false }, server, "replica-b");
        server.Apply(FakeResourceTypes.Kong[0], Manifests.TcpIngress("default", "db", 9000, "db"));

        await Eventually.True(() => a.Controller.IsLeader ^ b.Controller.IsLeader, "exactly one leader");
        await Eventually.True(() => a.Holder.Current.Listeners.Any(l => l.EndPoint.Port == 9000) && b.Holder.Current.Listeners.Any(l => l.EndPoint.Port == 9000), "both replicas serve the route");
        var (leader, follower) = a.Controller.IsLeader ? (a, b) : (b, a);
        await Eventually.True(() => ClusterControllerTests.Condition(server.Get(FakeResourceTypes.Kong[0], "default", "db"), "Ready") is not null, "status from the leader");

        await leader.StopAsync();
        await Eventually.True(() => follower.Controller.IsLeader, "the follower to take over", TimeSpan.FromSeconds(15));
        var lease = server.Get(FakeResourceTypes.Leases, "default", "tcprouting-leader")!;
        lease["spec"]!["holderIdentity"]!.GetValue<string>().Should().Be(follower.Options.Identity);
        lease["spec"]!["leaseTransitions"]!.GetValue<int>().Should().Be(1);

        // The new leader writes status: fix the route and watch the condition turn.
        server.Apply(FakeResourceTypes.Services, Manifests.Service("default", "db", 5432));
        await Eventually.Value(
            () => ClusterControllerTests.Condition(server.Get(FakeResourceTypes.Kong[0], "default", "db"), "Ready"),
            c => c["status"]!.GetValue<string>() == "True",
            "Ready=True written by the new leader");
    }

    [Fact]
    public async Task A_leader_that_stops_hands_the_lease_over_at_once()
    {
        var server = await ClusterHarness.ServerWithEverythingAsync();
        await using var _ = server;
        await using var a = await ClusterHarness.StartAsync(o => o with { LeaseDuration = TimeSpan.FromMinutes(5) }, server, "replica-a");
        await Eventually.True(() => a.Controller.IsLeader, "a leads");
        await using var b = await ClusterHarness.StartAsync(o => o with { LeaseDuration = TimeSpan.FromMinutes(5) }, server, "replica-b");
        await Eventually.True(() => b.Controller.IsReady, "b ready");
        b.Controller.IsLeader.Should().BeFalse();

        await a.StopAsync();

        await Eventually.True(() => b.Controller.IsLeader, "b takes the released lease long before 5 minutes");
        server.Get(FakeResourceTypes.Leases, "default", "tcprouting-leader")!["spec"]!["holderIdentity"]!.GetValue<string>().Should().Be("replica-b");
    }

    [Fact]
    public async Task A_new_leader_does_not_repeat_the_events_its_predecessor_recorded()
    {
        var server = await ClusterHarness.ServerWithEverythingAsync();
        await using var _ = server;
        server.Apply(FakeResourceTypes.Kong[0], Manifests.TcpIngress("default", "db", 9000, "db"));
        await using (var a = await ClusterHarness.StartAsync(server: server, identity: "replica-a"))
        {
            await Eventually.True(() => ClusterControllerTests.EventsFor(server, "db").Count == 1, "replica-a's Warning");
        }

        await using var b = await ClusterHarness.StartAsync(server: server, identity: "replica-b");
        await Eventually.True(() => b.Controller.IsLeader, "b takes the released lease");
        await b.Controller.NextPassAsync(TestContext.Current.CancellationToken);
        ClusterControllerTests.EventsFor(server, "db").Should().ContainSingle("the Warning is already there; b read it back");

        // What is new is still said.
        server.Apply(FakeResourceTypes.Services, Manifests.Service("default", "db", 5432));
        await Eventually.True(() => ClusterControllerTests.EventsFor(server, "db").Any(e => e["type"]!.GetValue<string>() == "Normal"), "b's Normal Event");
        ClusterControllerTests.EventsFor(server, "db").Should().HaveCount(2);
    }

    [Fact]
    public async Task Without_the_right_to_list_events_events_are_still_recorded()
    {
        // The chart's role may grant only create and patch on events: reading them back is best effort.
        await using var cluster = await ClusterHarness.StartAsync();
        cluster.Server.Forbidden = r => r.StartsWith("GET /apis/events.k8s.io/", StringComparison.Ordinal) || r.StartsWith("GET /api/v1/namespaces/default/events", StringComparison.Ordinal);
        cluster.Server.Apply(FakeResourceTypes.Kong[0], Manifests.TcpIngress("default", "db", 9000, "db"));

        await Eventually.True(() => ClusterControllerTests.EventsFor(cluster.Server, "db").Count == 1, "the Warning");
        cluster.Server.Requests.Should().Contain(r => r.StartsWith("GET /apis/events.k8s.io/v1/namespaces/default/events?", StringComparison.Ordinal));
        cluster.Logs.Should().ContainSingle(l => l.Contains("Cannot list Events", StringComparison.Ordinal));
    }
}
