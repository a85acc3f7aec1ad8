using System.Diagnostics;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Network;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>
/// A real kube-apiserver and etcd from ../shared/kube-env on free ports with state of its own, so tests can
/// run beside other API servers on the machine. Fails (never skips) when it cannot start.
/// </summary>
internal sealed class KubeEnv : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;

    private KubeEnv(string state, Dictionary<string, string> environment)
    {
        State = state;
        _environment = environment;
    }

    public string State { get; }

    /// <summary>The static-token kubeconfig start.sh writes (group system:masters).</summary>
    public string TokenKubeconfig => Path.Combine(State, "run", "kubeconfig-token");

    /// <summary>The client-certificate kubeconfig (system:masters).</summary>
    public string AdminKubeconfig => Path.Combine(State, "run", "kubeconfig");

    private static string Scripts => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "kube-env"));

    public static async Task<KubeEnv> StartAsync()
    {
        var state = Directory.CreateTempSubdirectory("tcpr-kclient-kube-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["KUBE_ENV_STATE"] = state,
            ["APISERVER_PORT"] = FreeTcpPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ETCD_CLIENT_PORT"] = FreeTcpPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ETCD_PEER_PORT"] = FreeTcpPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["START_KCM"] = "0",
            ["READY_TIMEOUT"] = "300", // a loaded CI machine takes minutes
        };
        var env = new KubeEnv(state, environment);
        var (code, output) = await env.ScriptAsync("start.sh", "--reset");
        if (code != 0)
        {
            await env.DisposeAsync();
            throw new InvalidOperationException($"kube-env start.sh failed ({code}): {output}");
        }

        return env;
    }

    public async ValueTask DisposeAsync()
    {
        await ScriptAsync("stop.sh");
        Directory.Delete(State, recursive: true);
    }

    private async Task<(int Code, string Output)> ScriptAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Scripts, script), .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
