using TcpRouting.Cluster.Tests.Harness;

namespace TcpRouting.Cluster.Tests;

/// <summary>The chart's whole life on an empty cluster: the README's install, an upgrade to rich values, uninstall.</summary>
public sealed class HelmTests(KubeEnv env)
{
    private const string Release = "tcprouting";
    private const string Ns = "tcprouting";
    private const string ServiceAccount = "system:serviceaccount:tcprouting:tcprouting";

    private static readonly string[] LegacyCrds = ["ingressroutetcps", "middlewaretcps", "tlsoptions", "tlsstores"];

    [Fact]
    public async Task Install_with_default_values_upgrade_to_rich_values_and_uninstall()
    {
        await env.ResetAsync();
        await env.Admin.RunAsync("apply", "--server-side", "-f", Crds.UpstreamGatewayApi);

        // The README's command, as written; helm installs the chart's crds/ folder itself.
        await env.Admin.HelmAsync("install", Release, Repo.Chart, "-n", Ns, "--create-namespace");
        var crds = await env.Admin.RunAsync("get", "crd", "-o", "name");
        crds.Should().Contain("ingressroutetcps.traefik.io").And.Contain("tcpingresses.configuration.konghq.com").And.Contain("agentendpoints.ngrok.k8s.ngrok.com")
            .And.NotContain("traefik.containo.us", "the legacy group is installed only on request");
        (await env.Admin.RunAsync("get", "deployment,service,serviceaccount,configmap,poddisruptionbudget", "-n", Ns, "-o", "name"))
            .Should().ContainAll("deployment.apps/tcprouting", "service/tcprouting", "serviceaccount/tcprouting", "configmap/tcprouting");
        (await CanAsync("list", "secrets", "-A")).Should().BeTrue("with every namespace watched, the ClusterRole reads TLS Secrets everywhere");
        (await env.Admin.TryAsync("get", "ingressroutetcps", "-A")).Stderr.Should().Contain("No resources found");

        await env.Admin.ApplyAsync("apiVersion: v1\nkind: Namespace\nmetadata: {name: databases}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: brokers}\n");
        // No Prometheus operator in this cluster: its ServiceMonitor kind does not exist, so that one value is off.
        await env.Admin.HelmAsync("upgrade", Release, Repo.Chart, "-n", Ns, "-f", RichValues, "--set", "serviceMonitor.enabled=false");
        (await env.Admin.RunAsync("get", "crd", "-o", "name")).Should().ContainAll(LegacyCrds.Select(c => $"{c}.traefik.containo.us"));
        (await env.Admin.RunAsync("get", "middlewaretcp", "tcprouting-allow", "-n", Ns, "-o", "name")).Should().Contain("tcprouting-allow");
        (await env.Admin.RunAsync("get", "gateways.gateway.networking.k8s.io", "tcprouting", "-n", Ns, "-o", "name")).Should().Contain("tcprouting");
        (await CanAsync("list", "secrets", "-A")).Should().BeFalse("watchNamespaces grants Secrets only in those namespaces");
        (await CanAsync("list", "secrets", "-n", "databases")).Should().BeTrue();
        (await CanAsync("watch", "ingressroutetcps.traefik.io", "-n", "brokers")).Should().BeTrue();
        (await CanAsync("list", "secrets", "-n", "default")).Should().BeFalse();
        (await CanAsync("list", "namespaces")).Should().BeTrue("Gateway listeners select namespaces by label");
        (await env.Admin.RunAsync("get", "deployment", Release, "-n", Ns, "-o", "jsonpath={.spec.replicas}")).Should().Be("3");

        await env.Admin.HelmAsync("uninstall", Release, "-n", Ns);
        (await env.Admin.TryAsync("get", "clusterrole", Release)).Stderr.Should().Contain("NotFound");
        (await env.Admin.TryAsync("get", "deployment", Release, "-n", Ns)).Stderr.Should().Contain("NotFound");
        // Helm keeps CRDs (and with them every route) on uninstall: crds/ by design, the legacy ones by resource-policy.
        (await env.Admin.RunAsync("get", "crd", "-o", "name")).Should().Contain("ingressroutetcps.traefik.io").And.Contain("ingressroutetcps.traefik.containo.us");
        await env.Admin.RunAsync(["delete", "crd", .. LegacyCrds.Select(c => $"{c}.traefik.containo.us")]);
    }

    private static string RichValues => Path.Combine(Repo.Root, "tests", "TcpRouting.Operator.Tests", "Packaging", "Values", "rich-values.yaml");

    private async Task<bool> CanAsync(params string[] arguments)
    {
        var run = await env.Admin.TryAsync(["auth", "can-i", .. arguments, "--as", ServiceAccount]);
        return run.Stdout.Trim() == "yes";
    }
}
