namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>Where the CRDs are: ours (generated, in the checkout) and the upstream Gateway API ones (kube-env's test data).</summary>
public static class Crds
{
    public static string Ours => Path.Combine(Repo.Root, "crds");

    public static string OursLegacy => Path.Combine(Repo.Root, "crds", "legacy");

    public static string Chart => Path.Combine(Repo.Chart, "crds");

    public static string ChartLegacy => Path.Combine(Repo.Chart, "files", "legacy-crds");

    public static string UpstreamGatewayApi => Path.Combine(KubeEnv.Directory, "gateway-api-v1.6.1");

    /// <summary>Our current CRDs and the upstream Gateway API ones, as a user installs them; idempotent.</summary>
    public static async Task InstallAsync(Kubectl admin)
    {
        await admin.RunAsync("apply", "--server-side", "-f", Chart, "-f", UpstreamGatewayApi).ConfigureAwait(false);
        await admin.RunAsync("wait", "--for", "condition=Established", "crd", "--all", "--timeout", "60s").ConfigureAwait(false);
    }
}
