using TcpRouting.Testing.Peers;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>
/// The real API server of ../shared/kube-env (kube-apiserver, kube-controller-manager, etcd on 127.0.0.1),
/// started empty once per run and stopped at the end. Its ports and state folder come from the environment
/// (KUBE_ENV_STATE, APISERVER_PORT, ETCD_CLIENT_PORT, ETCD_PEER_PORT), so two runs can share a machine.
/// A server that cannot start fails the run: these tests never skip.
/// </summary>
public sealed class KubeEnv : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>../shared/kube-env beside the checkout.</summary>
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "kube-env"));

    /// <summary>The admin kubeconfig (client certificate in system:masters), as start.sh printed it.</summary>
    public string Kubeconfig { get; private set; } = string.Empty;

    public Kubectl Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync() => await StartAsync(reset: true).ConfigureAwait(false);

    /// <summary>Wipes etcd and starts again: an empty cluster (about 10 s).</summary>
    public Task ResetAsync() => StartAsync(reset: true);

    /// <summary>Stops and starts the servers on the same data: what a control-plane upgrade does to watchers.</summary>
    public Task RestartAsync() => StartAsync(reset: false);

    public async ValueTask DisposeAsync() =>
        await Command.RunAsync("bash", [Path.Combine(Directory, "stop.sh")], TimeSpan.FromMinutes(1)).ConfigureAwait(false);

    private async Task StartAsync(bool reset)
    {
        var script = Path.Combine(Directory, "start.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"no real API server: {script} is missing (../shared/kube-env beside the checkout)");
        }

        var run = await Command.RunAsync("bash", reset ? [script, "--reset"] : [script], StartTimeout).ConfigureAwait(false);
        var line = run.Stdout.Split('\n').LastOrDefault(l => l.StartsWith("KUBECONFIG=", StringComparison.Ordinal));
        if (run.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"the real API server did not start (run bash scripts/install-test-deps.sh for etcd-server):\n{run}");
        }

        Kubeconfig = line["KUBECONFIG=".Length..].Trim();
        Admin = new Kubectl(Kubeconfig);
    }
}
