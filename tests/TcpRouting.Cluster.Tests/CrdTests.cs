using TcpRouting.Cluster.Tests.Harness;

namespace TcpRouting.Cluster.Tests;

/// <summary>Every CRD we ship is one the real API server accepts (it refused two of them before the fake did).</summary>
public sealed class CrdTests(KubeEnv env)
{
    [Fact]
    public async Task Every_crd_we_ship_and_the_upstream_gateway_api_crds_are_accepted_by_server_side_apply()
    {
        foreach (var directory in new[] { Crds.Ours, Crds.Chart, Crds.UpstreamGatewayApi })
        {
            var output = await env.Admin.RunAsync("apply", "--server-side", "-f", directory);
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(Directory.GetFiles(directory, "*.yaml").Length)
                .And.OnlyContain(l => l.EndsWith(" serverside-applied", StringComparison.Ordinal), directory);
        }

        // The legacy group is checked but not stored: with both groups installed, kubectl resolves
        // `ingressroutetcps` to the legacy one (what the chart now installs only on request).
        foreach (var directory in new[] { Crds.OursLegacy, Crds.ChartLegacy })
        {
            var output = await env.Admin.RunAsync("apply", "--server-side", "--dry-run=server", "-f", directory);
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(Directory.GetFiles(directory, "*.yaml").Length);
        }

        await env.Admin.RunAsync("wait", "--for", "condition=Established", "crd", "--all", "--timeout", "60s");
        var names = await env.Admin.RunAsync("get", "crd", "-o", "name");
        names.Should().Contain("ingressroutetcps.traefik.io").And.Contain("agentendpoints.ngrok.k8s.ngrok.com").And.Contain("tcproutes.gateway.networking.k8s.io")
            .And.NotContain("traefik.containo.us");
        var resolved = await env.Admin.RunAsync("api-resources", "--api-group", "traefik.io", "-o", "name");
        resolved.Should().Contain("ingressroutetcps.traefik.io");
    }
}
