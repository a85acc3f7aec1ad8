using System.Text.Json.Nodes;
using TcpRouting.Cluster.Tests.Harness;

namespace TcpRouting.Cluster.Tests;

/// <summary>An IngressRouteTCP applied with kubectl, end to end on the real API server under the chart's RBAC.</summary>
public sealed class TraefikTrafficTests(KubeEnv env)
{
    private const string Ns = "cl-traefik";

    [Fact]
    public async Task A_route_carries_traffic_shows_status_columns_and_events_reroutes_on_patch_and_stops_on_delete()
    {
        await using var lab = await ClusterLab.CreateAsync(env, Ns);
        var proxy = await lab.StartOperatorAsync("op-traefik", ["traefik-tcp", "traefik-spare"]);

        await env.Admin.ApplyAsync(Routes.CatchAll(Ns, "app", "traefik-tcp", "alpha"));
        await Greeting.UntilAsync(proxy.Port("traefik-tcp"), "alpha", "the applied route", proxy);

        var table = await Eventually.ValueAsync(
            () => env.Admin.RunAsync("get", "ingressroutetcp", "app", "-n", Ns), t => t.Contains("True", StringComparison.Ordinal), "READY column True");
        table.Split('\n')[0].Should().ContainAll("NAME", "ENTRYPOINTS", "READY", "AGE");
        table.Split('\n')[1].Should().Contain("app").And.Contain("[\"traefik-tcp\"]");
        var conditions = (await env.Admin.GetJsonAsync("ingressroutetcp", "app", Ns))["status"]!["conditions"]!.AsArray();
        conditions.Select(c => ((string?)c!["type"], (string?)c["status"])).Should().Contain(("Ready", "True"));
        conditions.Should().OnlyContain(c => (long?)c!["observedGeneration"] == 1);

        await env.Admin.ApplyAsync(Routes.CatchAll(Ns, "broken", "traefik-spare", "nowhere"));
        var events = await Eventually.ValueAsync(
            async () => JsonNode.Parse(await env.Admin.RunAsync("get", "events", "-n", Ns, "--field-selector", "involvedObject.name=broken", "-o", "json"))!["items"]!.AsArray(),
            e => e.Count > 0, "an Event about the broken route");
        ((string?)events[0]!["type"]).Should().Be("Warning");
        ((string?)events[0]!["involvedObject"]!["kind"]).Should().Be("IngressRouteTCP");
        var described = await env.Admin.RunAsync("describe", "ingressroutetcp", "broken", "-n", Ns);
        described.Should().Contain("nowhere").And.Contain("Events:");

        await env.Admin.RunAsync(Routes.Reroute(Ns, "app", "beta"));
        await Greeting.UntilAsync(proxy.Port("traefik-tcp"), "beta", "the patched route", proxy);

        await env.Admin.RunAsync("delete", "ingressroutetcp", "app", "broken", "-n", Ns);
        await Greeting.UntilAsync(proxy.Port("traefik-tcp"), null, "the deleted route");
        lab.ShouldHaveNoRefusals();
    }
}
