using System.Text.Json.Nodes;
using TcpRouting.Cluster.Tests.Harness;

namespace TcpRouting.Cluster.Tests;

/// <summary>Faults only the real thing shows: the API server restarted under the operator, and leader hand-over.</summary>
public sealed class FaultTests(KubeEnv env)
{
    [Fact]
    public async Task An_api_server_restart_loses_no_update_and_rewrites_no_status()
    {
        const string Ns = "cl-restart";
        await using var lab = await ClusterLab.CreateAsync(env, Ns);
        var proxy = await lab.StartOperatorAsync("op-restart", ["fault-tcp", "fault-spare"]);
        await env.Admin.ApplyAsync(Routes.CatchAll(Ns, "moving", "fault-tcp", "alpha") + "---\n" + Routes.CatchAll(Ns, "still", "fault-spare", "alpha"));
        await Greeting.UntilAsync(proxy.Port("fault-tcp"), "alpha", "before the restart");
        await Eventually.ValueAsync(() => env.Admin.RunAsync(Routes.Ready(Ns, "still")), s => s == "True", "the untouched route Ready");
        var before = await env.Admin.GetJsonAsync("ingressroutetcp", "still", Ns);

        await env.RestartAsync();
        // Until the restarted server's RBAC cache has synced it refuses even what the chart grants (and
        // discovery, until it recreates its own bootstrap roles): those refusals are the server's, not the chart's.
        var settled = await RbacSettledAsync(lab.Account);
        // Changed at once, while the operator's watches are still reconnecting: the relist must not miss it.
        await env.Admin.RunAsync(Routes.Reroute(Ns, "moving", "beta"));

        await Greeting.UntilAsync(proxy.Port("fault-tcp"), "beta", "the route patched just after the restart");
        await Eventually.ValueAsync(
            () => env.Admin.RunAsync("get", "ingressroutetcp", "moving", "-n", Ns, "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].observedGeneration}"),
            g => g == "2", "the patched route's status observes generation 2");
        await Greeting.UntilAsync(proxy.Port("fault-spare"), "alpha", "the untouched route after the restart");
        var after = await env.Admin.GetJsonAsync("ingressroutetcp", "still", Ns);
        ((string?)after["metadata"]!["resourceVersion"]).Should().Be((string?)before["metadata"]!["resourceVersion"], "an unchanged object's status is not written again");
        proxy.HasExited.Should().BeFalse();
        // Just after a restart the server refuses discovery for a moment, until it has recreated its own
        // bootstrap roles (system:discovery "not found"); the operator keeps the kinds it knows meanwhile.
        lab.ShouldHaveNoRefusals(l => LoggedAt(l) < settled);
    }

    private async Task<DateTimeOffset> RbacSettledAsync(ServiceAccountRef account)
    {
        await Eventually.ValueAsync(
            async () => (await env.Admin.TryAsync("auth", "can-i", "watch", "gateways.gateway.networking.k8s.io", "-A", "--as", $"system:serviceaccount:{account.Namespace}:{account.Name}")).Stdout.Trim(),
            a => a == "yes", "the restarted server authorizes the chart's ServiceAccount again");
        return DateTimeOffset.UtcNow;
    }

    /// <summary>When a JSON log line was written (MaxValue when it is not one: never excused).</summary>
    private static DateTimeOffset LoggedAt(string line)
    {
        try
        {
            return JsonNode.Parse(line)?["@t"] is JsonValue t && DateTimeOffset.TryParse((string?)t, System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : DateTimeOffset.MaxValue;
        }
        catch (System.Text.Json.JsonException)
        {
            return DateTimeOffset.MaxValue;
        }
    }

    [Fact]
    public async Task One_of_two_operators_leads_and_writes_status_and_the_other_takes_over_when_it_stops()
    {
        const string Ns = "cl-leader";
        await using var lab = await ClusterLab.CreateAsync(env, Ns);
        var lease = new[] { "get", "lease", "tcprouting-leader", "-n", lab.Account.Namespace, "-o", "jsonpath={.spec.holderIdentity}" };
        var first = await lab.StartOperatorAsync("op-first", ["handover-tcp"]);
        await Eventually.ValueAsync(() => env.Admin.RunAsync(lease), h => h == "op-first", "op-first holds the lease");
        var second = await lab.StartOperatorAsync("op-second", ["handover-tcp"]);

        await env.Admin.ApplyAsync(Routes.CatchAll(Ns, "shared", "handover-tcp", "alpha"));
        await Greeting.UntilAsync(first.Port("handover-tcp"), "alpha", "the leader proxies");
        await Greeting.UntilAsync(second.Port("handover-tcp"), "alpha", "the follower proxies too");
        await Eventually.ValueAsync(() => env.Admin.RunAsync(Routes.Ready(Ns, "shared")), s => s == "True", "the leader wrote status");
        (await env.Admin.RunAsync(lease)).Should().Be("op-first");
        second.Output.Should().NotContain("op-second is now the leader");

        await first.StopAsync();
        await Eventually.ValueAsync(() => env.Admin.RunAsync(lease), h => h == "op-second", "op-second takes the lease");
        await env.Admin.ApplyAsync(Routes.CatchAll(Ns, "later", "handover-tcp", "nowhere"));
        var ready = await Eventually.ValueAsync(
            async () => StatusConditions.Find((await env.Admin.GetJsonAsync("ingressroutetcp", "later", Ns))["status"], "Ready").Status,
            s => s is not null, "the new leader writes status");
        ready.Should().Be("False", "its Service does not exist");
        second.Output.Should().Contain("op-second is now the leader");
        lab.ShouldHaveNoRefusals();
    }
}
