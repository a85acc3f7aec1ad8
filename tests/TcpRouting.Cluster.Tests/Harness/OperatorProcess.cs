using System.Net;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;
using TcpRouting.Testing.Time;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>
/// `tcprouting run --kubeconfig FILE` as a local process, holding a token of the chart's ServiceAccount
/// (`kubectl create token`): it has exactly the RBAC the chart grants, no more.
/// </summary>
public sealed partial class OperatorProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TempDirectory _directory;
    private readonly PeerProcess _process;
    private readonly IReadOnlyDictionary<string, int> _entryPoints;

    private OperatorProcess(TempDirectory directory, PeerProcess process, int adminPort, IReadOnlyDictionary<string, int> entryPoints)
    {
        _directory = directory;
        _process = process;
        AdminPort = adminPort;
        _entryPoints = entryPoints;
    }

    public int AdminPort { get; }

    public string Output => _process.Output;

    public bool HasExited => _process.HasExited;

    /// <summary>The loopback port of a static entry point.</summary>
    public int Port(string entryPoint) => _entryPoints[entryPoint];

    /// <summary>Log lines where the API server refused the operator (RBAC): there must be none.</summary>
    public IReadOnlyList<string> Refusals => [.. Output.Split('\n').Where(l => Refused().IsMatch(l))];

    /// <param name="identity">The replica's name (POD_NAME): the leader Lease's holderIdentity.</param>
    /// <param name="leaseNamespace">POD_NAMESPACE: where the leader Lease lives (the release namespace).</param>
    public static async Task<OperatorProcess> StartAsync(
        Kubectl admin, ServiceAccountRef account, string identity, IEnumerable<string> entryPoints, params string[] extra)
    {
        var directory = new TempDirectory("cluster-op");
        try
        {
            var kubeconfig = directory.Combine("kubeconfig");
            await File.WriteAllTextAsync(kubeconfig, await account.KubeconfigAsync(admin).ConfigureAwait(false)).ConfigureAwait(false);
            var ports = entryPoints.ToDictionary(e => e, _ => FreeTcpPort.Next());
            var config = directory.Combine("config.yaml");
            await File.WriteAllTextAsync(config, "entryPoints:\n" + string.Concat(ports.Select(p => $"  {p.Key}:\n    address: \"127.0.0.1:{p.Value}\"\n"))).ConfigureAwait(false);
            var adminPort = FreeTcpPort.Next();
            var binary = Path.Combine(AppContext.BaseDirectory, "tcprouting");
            if (!File.Exists(binary))
            {
                throw new InvalidOperationException($"{binary} is missing: the test project references src/TcpRouting.Operator so that it is built beside the tests");
            }

            var process = PeerProcess.Start(identity, binary,
                ["run", "--kubeconfig", kubeconfig, "--config", config, "--admin", $"127.0.0.1:{adminPort}", "--log-format", "json", .. extra],
                directory.Path,
                new Dictionary<string, string> { ["POD_NAME"] = identity, ["POD_NAMESPACE"] = account.Namespace, ["DOTNET_gcServer"] = "0", ["KUBECONFIG"] = kubeconfig });
            var started = new OperatorProcess(directory, process, adminPort, ports);
            try
            {
                await started.WaitReadyAsync().ConfigureAwait(false);
                return started;
            }
            catch
            {
                await started.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>SIGTERM, and wait for the drain to finish.</summary>
    public async Task StopAsync()
    {
        _process.Signal(Posix.SigTerm);
        if (!await _process.WaitForExitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false))
        {
            throw new TimeoutException("tcprouting did not stop within 60 s of SIGTERM:\n" + Output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _directory.Dispose();
    }

    // An HTTP 403 (not a 403 inside a number such as a duration) or the API server's "forbidden".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])403(?![\d.])|forbidden", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Refused();

    private async Task WaitReadyAsync()
    {
        try
        {
            await ReadyAsync().ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\n" + Output, e);
        }
    }

    private Task ReadyAsync() => Poll.UntilAsync(
        async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"tcprouting exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{AdminPort}/readyz")).ConfigureAwait(false);
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too slow to answer on a loaded machine: ask again.
                return false;
            }
        },
        "tcprouting answers /readyz 200",
        TimeSpan.FromSeconds(90),
        TimeSpan.FromMilliseconds(200),
        TestContext.Current.CancellationToken);
}
