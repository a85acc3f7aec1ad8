using System.Text.RegularExpressions;
using TcpRouting.Cluster.Tests.Harness;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Cluster.Tests;

/// <summary>Seed 000: its values installed through our chart, and its verify command, as written.</summary>
public sealed partial class SeedVerifyTests(KubeEnv env)
{
    [Fact]
    public async Task Seed_000_values_install_and_kubectl_get_ingressroutetcps_lists_the_route()
    {
        var values = SeedExamples.Blocks().Select(b => b.Yaml).Where(y => ValuesKey().IsMatch(y) && CustomResources().IsMatch(y)).Should().ContainSingle().Subject;
        using var directory = new TempDirectory("cluster-seed");
        var file = directory.Combine("values.yaml");
        await File.WriteAllTextAsync(file, values, TestContext.Current.CancellationToken);

        await ChartRelease.InstallAsync(env.Admin, "my-app", "nonprod", "-f", file, "--set", "captain_domain=example.com");

        var listed = await GatewayTrafficTests.ShellAsync(env.Admin.Kubeconfig, "kubectl get ingressroutetcps -n nonprod | grep my-app-tcp");
        listed.Should().StartWith("my-app-tcp");
        var all = await GatewayTrafficTests.ShellAsync(env.Admin.Kubeconfig, "kubectl get ingressroutetcp -A");
        all.Should().Contain("nonprod").And.Contain("my-app-tcp").And.Contain("websecure");
        await env.Admin.HelmAsync("uninstall", "my-app", "-n", "nonprod");
    }

    [GeneratedRegex("^deployment:", RegexOptions.Multiline)]
    private static partial Regex ValuesKey();

    [GeneratedRegex("^customResources:", RegexOptions.Multiline)]
    private static partial Regex CustomResources();
}
