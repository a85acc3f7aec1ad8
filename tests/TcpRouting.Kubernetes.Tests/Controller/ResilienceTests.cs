using FluentAssertions;
using TcpRouting.Kubernetes.Tests.TestSupport;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Controller;

/// <summary>No update is lost when watches drop, expire (410) or the API server restarts.</summary>
public sealed class ResilienceTests
{
    private static readonly FakeResourceType TcpIngress = FakeResourceTypes.Kong[0];

    private static async Task<ClusterHarness> ReadyClusterAsync()
    {
        var cluster = await ClusterHarness.StartAsync();
        cluster.Server.Apply(FakeResourceTypes.Services, Manifests.Service("default", "db", 5432));
        cluster.Server.Apply(FakeResourceTypes.EndpointSlices, Manifests.Slice("default", "db", 5432, "10.0.0.7"));
        await Eventually.True(() => cluster.Controller.IsReady, "ready");
        return cluster;
    }

    private static Task PortServed(ClusterHarness cluster, int port, bool served = true) =>
        Eventually.True(() => cluster.Holder.Current.Listeners.Any(l => l.EndPoint.Port == port) == served, $"port {port} served={served}");

    [Fact]
    public async Task A_dropped_watch_resumes_and_sees_what_happened_meanwhile()
    {
        await using var cluster = await ReadyClusterAsync();
        cluster.Server.DropWatches();
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "a", 9001, "db"));

        await PortServed(cluster, 9001);
    }

    [Fact]
    public async Task A_watch_whose_version_expired_lists_again()
    {
        await using var cluster = await ReadyClusterAsync();
        cluster.Server.ResponseDelay = TimeSpan.FromMilliseconds(300);
        cluster.Server.DropWatches();
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "a", 9002, "db"));
        cluster.Server.Compact();
        cluster.Server.ResponseDelay = TimeSpan.Zero;

        await PortServed(cluster, 9002);
        cluster.Server.Requests.Should().Contain(r => r.StartsWith("GET /apis/configuration.konghq.com/v1beta1/tcpingresses?limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_that_keeps_state_loses_no_update()
    {
        await using var cluster = await ReadyClusterAsync();
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "a", 9003, "db"));
        await PortServed(cluster, 9003);

        await cluster.Server.StopAsync();
        await cluster.Server.RestartAsync(keepState: true);
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "b", 9004, "db"));

        await PortServed(cluster, 9004);
        cluster.Holder.Current.Listeners.Should().Contain(l => l.EndPoint.Port == 9003);
    }

    [Fact]
    public async Task A_restart_that_loses_state_empties_the_table_through_a_relist()
    {
        await using var cluster = await ReadyClusterAsync();
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "a", 9005, "db"));
        await PortServed(cluster, 9005);

        await cluster.Server.RestartAsync(keepState: false);
        await PortServed(cluster, 9005, served: false);

        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "a", 9006, "db"));
        await PortServed(cluster, 9006);
    }
}
