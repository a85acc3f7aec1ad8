namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>A ServiceAccount the chart created, and a kubeconfig that authenticates as it.</summary>
public sealed record ServiceAccountRef(string Namespace, string Name)
{
    /// <summary>The user's cluster entry with a fresh token of this account (`kubectl create token`).</summary>
    public async Task<string> KubeconfigAsync(Kubectl admin)
    {
        var token = (await admin.RunAsync("create", "token", Name, "-n", Namespace, "--duration", "2h").ConfigureAwait(false)).Trim();
        var server = await admin.RunAsync("config", "view", "--raw", "--minify", "-o", "jsonpath={.clusters[0].cluster.server}").ConfigureAwait(false);
        var authority = await admin.RunAsync("config", "view", "--raw", "--minify", "-o", "jsonpath={.clusters[0].cluster.certificate-authority-data}").ConfigureAwait(false);
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: kube-env
              cluster:
                server: {server}
                certificate-authority-data: {authority}
            users:
            - name: {Name}
              user:
                token: {token}
            contexts:
            - name: {Name}
              context: {"{"}cluster: kube-env, user: {Name}, namespace: {Namespace}{"}"}
            current-context: {Name}

            """;
    }
}
