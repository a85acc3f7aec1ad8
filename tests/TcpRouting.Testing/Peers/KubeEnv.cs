using System.Globalization;
using System.Runtime.CompilerServices;
using TcpRouting.Testing.Network;
using Xunit;

namespace TcpRouting.Testing.Peers;

/// <summary>
/// The real API server of ../shared/kube-env (kube-apiserver, kube-controller-manager, etcd on 127.0.0.1).
/// As a fixture (the parameterless constructor) it runs where the environment says (KUBE_ENV_STATE,
/// APISERVER_PORT, ETCD_CLIENT_PORT, ETCD_PEER_PORT, else kube-env's defaults), started empty and stopped at
/// the end; <see cref="StartPrivateAsync"/> runs one on free ports with state of its own, beside any other.
/// A server that cannot start fails the test: tests that need it never skip.
/// </summary>
public sealed class KubeEnv : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly Dictionary<string, string> _environment;
    private readonly string? _privateState;

    /// <summary>As the environment says: what a fixture shared by a whole run uses.</summary>
    public KubeEnv()
        : this([], privateState: null)
    {
    }

    private KubeEnv(Dictionary<string, string> environment, string? privateState)
    {
        _environment = environment;
        _privateState = privateState;
    }

    /// <summary>../shared/kube-env beside the checkout.</summary>
    public static string Directory { get; } = FindScripts();

    /// <summary>The admin kubeconfig (client certificate in system:masters), as start.sh printed it.</summary>
    public string Kubeconfig { get; private set; } = string.Empty;

    /// <summary>The static-token kubeconfig start.sh writes beside it (same rights).</summary>
    public string TokenKubeconfig => Path.Combine(Path.GetDirectoryName(Kubeconfig)!, "kubeconfig-token");

    /// <summary>
    /// A server of its own: free ports and a temporary state folder (deleted on dispose), no controller-manager
    /// (a test of the API alone needs none, and it starts faster).
    /// </summary>
    public static async Task<KubeEnv> StartPrivateAsync()
    {
        var state = System.IO.Directory.CreateTempSubdirectory("tcpr-kube-").FullName;
        var env = new KubeEnv(
            new()
            {
                ["KUBE_ENV_STATE"] = state,
                ["APISERVER_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
                ["ETCD_CLIENT_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
                ["ETCD_PEER_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
                ["START_KCM"] = "0",
            },
            state);
        try
        {
            await env.InitializeAsync().ConfigureAwait(false);
            return env;
        }
        catch
        {
            await env.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask InitializeAsync() => await StartAsync(reset: true).ConfigureAwait(false);

    /// <summary>Wipes etcd and starts again: an empty cluster (about 10 s).</summary>
    public Task ResetAsync() => StartAsync(reset: true);

    /// <summary>Stops and starts the servers on the same data: what a control-plane upgrade does to watchers.</summary>
    public Task RestartAsync() => StartAsync(reset: false);

    public async ValueTask DisposeAsync()
    {
        await RunAsync("stop.sh").ConfigureAwait(false);
        if (_privateState is not null)
        {
            System.IO.Directory.Delete(_privateState, recursive: true);
        }
    }

    private async Task StartAsync(bool reset)
    {
        if (!File.Exists(Path.Combine(Directory, "start.sh")))
        {
            throw new InvalidOperationException($"no real API server: {Directory}/start.sh is missing (../shared/kube-env beside the checkout)");
        }

        var run = await RunAsync("start.sh", reset ? ["--reset"] : []).ConfigureAwait(false);
        var line = run.Stdout.Split('\n').LastOrDefault(l => l.StartsWith("KUBECONFIG=", StringComparison.Ordinal));
        if (run.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"the real API server did not start (run bash scripts/install-test-deps.sh for etcd-server):\n{run}");
        }

        Kubeconfig = line["KUBECONFIG=".Length..].Trim();
    }

    private Task<CommandResult> RunAsync(string script, params string[] arguments)
    {
        // start.sh waits READY_TIMEOUT (90 s by default) for /readyz; a loaded CI machine takes minutes.
        var environment = new Dictionary<string, string>(_environment);
        if (Environment.GetEnvironmentVariable("READY_TIMEOUT") is null)
        {
            environment["READY_TIMEOUT"] = "300";
        }

        return Command.RunAsync("bash", [Path.Combine(Directory, script), .. arguments], StartTimeout, environment: environment);
    }

    private static string FindScripts([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source), AppContext.BaseDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TcpRouting.Operator.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "kube-env"));
                }
            }
        }

        throw new InvalidOperationException("TcpRouting.Operator.sln not found above " + source);
    }
}
