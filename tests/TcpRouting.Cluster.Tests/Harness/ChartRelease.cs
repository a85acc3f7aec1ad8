namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>`helm upgrade --install` of charts/tcprouting: its CRDs, ServiceAccount and RBAC, as a user installs it.</summary>
public static class ChartRelease
{
    /// <summary>The default install the traffic tests run the operator under (its ServiceAccount's token).</summary>
    public static ServiceAccountRef Default { get; } = new("tcprouting", "tcprouting");

    /// <returns>The release's ServiceAccount (named after the release: the chart's fullname).</returns>
    public static async Task<ServiceAccountRef> InstallAsync(Kubectl admin, string release, string ns, params string[] values)
    {
        await Crds.InstallAsync(admin).ConfigureAwait(false);
        await admin.HelmAsync(["upgrade", "--install", release, Repo.Chart, "-n", ns, "--create-namespace", .. values]).ConfigureAwait(false);
        return new ServiceAccountRef(ns, release.Contains("tcprouting", StringComparison.Ordinal) ? release : release + "-tcprouting");
    }

    public static Task<ServiceAccountRef> InstallDefaultAsync(Kubectl admin) => InstallAsync(admin, Default.Name, Default.Namespace);
}
