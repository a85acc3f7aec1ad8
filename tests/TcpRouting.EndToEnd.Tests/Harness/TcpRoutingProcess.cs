using TcpRouting.Testing.Network;
using System.Net;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>
/// The system under test: `dotnet tcprouting.dll run --manifests DIR --config FILE --admin 127.0.0.1:PORT`
/// as a child process, with its manifests folder, its admin endpoints and its memory as seen by the kernel.
/// </summary>
internal sealed class TcpRoutingProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TempDirectory _directory;
    private readonly PeerProcess _process;
    private readonly Dictionary<string, EntryPoint> _entryPoints;

    private TcpRoutingProcess(TempDirectory directory, PeerProcess process, int adminPort, IEnumerable<EntryPoint> entryPoints)
    {
        _directory = directory;
        _process = process;
        AdminPort = adminPort;
        _entryPoints = entryPoints.ToDictionary(e => e.Name);
    }

    public int AdminPort { get; }

    public int Pid => _process.Pid;

    public string Output => _process.Output;

    public string ManifestsDirectory => _directory.Combine("manifests");

    public int Port(string entryPoint) => _entryPoints[entryPoint].Port;

    /// <summary>Writes the config and manifests, starts the proxy and waits for GET /readyz to answer 200.</summary>
    /// <param name="maxOpenFiles">When set, the child runs under `prlimit --nofile` (10,000 idle connections need 20,000+ descriptors).</param>
    public static async Task<TcpRoutingProcess> StartAsync(
        IReadOnlyList<EntryPoint> entryPoints,
        IReadOnlyDictionary<string, string> manifests,
        int? maxOpenFiles = null)
    {
        var directory = new TempDirectory("tcprouting");
        Directory.CreateDirectory(directory.Combine("manifests"));
        foreach (var (file, yaml) in manifests)
        {
            File.WriteAllText(Path.Combine(directory.Combine("manifests"), file), yaml);
        }

        var config = directory.Combine("config.yaml");
        File.WriteAllText(config, "entryPoints:\n" + string.Concat(entryPoints.Select(e => e.ToYaml())));
        var adminPort = FreeTcpPort.Next();
        var dll = Path.Combine(AppContext.BaseDirectory, "tcprouting.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: the test project references src/TcpRouting.Operator so that it is copied beside the tests");
        }

        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : ExternalProgram.Find("dotnet", "dotnet-sdk");
        List<string> arguments = [dll, "run", "--manifests", directory.Combine("manifests"), "--config", config, "--admin", $"127.0.0.1:{adminPort}", "--admin-api"];
        var program = dotnet;
        if (maxOpenFiles is { } limit)
        {
            // prlimit execs the command, so the PID we hold is the proxy's own (for /proc/PID/status).
            program = ExternalProgram.Find("prlimit", "util-linux");
            arguments = [$"--nofile={limit}:{limit}", "--", dotnet, .. arguments];
        }

        var process = PeerProcess.Start("tcprouting", program, arguments, directory.Path,
            new Dictionary<string, string> { ["DOTNET_gcServer"] = "0", ["DOTNET_NOLOGO"] = "1" });
        var proxy = new TcpRoutingProcess(directory, process, adminPort, entryPoints);
        try
        {
            await proxy.WaitReadyAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            return proxy;
        }
        catch
        {
            await proxy.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"tcprouting exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{AdminPort}/readyz")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException($"tcprouting /readyz not 200 after {timeout} (last: {last}):\n{Output}");
    }

    public Task<string> GetAsync(string path) => Http.GetStringAsync(new Uri($"http://127.0.0.1:{AdminPort}{path}"));

    public async Task<PrometheusText> MetricsAsync() => PrometheusText.Parse(await GetAsync("/metrics").ConfigureAwait(false));

    /// <summary>Replaces a manifest file atomically (written beside the folder, then renamed in), as a GitOps sync would.</summary>
    public void WriteManifest(string file, string yaml)
    {
        var staging = _directory.Combine($"{file}.{Guid.NewGuid():N}.staging");
        File.WriteAllText(staging, yaml);
        File.Move(staging, Path.Combine(ManifestsDirectory, file), overwrite: true);
    }

    public long ResidentKib() => Posix.ResidentKib(_process.Pid);

    public long PeakResidentKib() => Posix.PeakResidentKib(_process.Pid);

    public void Signal(int signal) => _process.Signal(signal);

    public Task<bool> WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync(timeout);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _directory.Dispose();
    }
}
