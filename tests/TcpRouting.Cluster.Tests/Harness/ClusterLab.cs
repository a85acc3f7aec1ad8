namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>
/// One scenario's world: the chart installed, a namespace of its own with two Services whose endpoints
/// greet "alpha" and "beta" from the test's network namespace, and the operator running under the chart's
/// ServiceAccount.
/// </summary>
public sealed class ClusterLab : IAsyncDisposable
{
    private readonly List<OperatorProcess> _operators = [];

    private ClusterLab(KubeEnv env, string ns, BackendNetwork network, ServiceAccountRef account)
    {
        Env = env;
        Namespace = ns;
        Network = network;
        Account = account;
    }

    public KubeEnv Env { get; }

    public Kubectl Admin => Env.Admin;

    public string Namespace { get; }

    public BackendNetwork Network { get; }

    public ServiceAccountRef Account { get; }

    public IReadOnlyList<OperatorProcess> Operators => _operators;

    /// <param name="ns">The scenario's namespace (created); "default" is allowed for seed commands written without -n.</param>
    public static async Task<ClusterLab> CreateAsync(KubeEnv env, string ns, ServiceAccountRef? account = null)
    {
        account ??= await ChartRelease.InstallDefaultAsync(env.Admin).ConfigureAwait(false);
        var network = await BackendNetwork.CreateAsync().ConfigureAwait(false);
        var lab = new ClusterLab(env, ns, network, account);
        try
        {
            await env.Admin.ApplyAsync($"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n").ConfigureAwait(false);
            var alpha = network.StartBackend("alpha");
            var beta = network.StartBackend("beta");
            await env.Admin.ApplyAsync(Backends.Service(ns, "alpha", network, alpha) + "---\n" + Backends.Service(ns, "beta", network, beta)).ConfigureAwait(false);
            return lab;
        }
        catch
        {
            await lab.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts `tcprouting run` with static entry points of these names (on free loopback ports).</summary>
    public async Task<OperatorProcess> StartOperatorAsync(string identity, IEnumerable<string> entryPoints, params string[] extra)
    {
        var process = await OperatorProcess.StartAsync(Admin, Account, identity, entryPoints, extra).ConfigureAwait(false);
        _operators.Add(process);
        return process;
    }

    /// <summary>No operator log line says the API server refused it: the chart's RBAC grants all it does.</summary>
    /// <param name="excused">Refusals that are the server's, not the chart's (e.g. while it bootstraps its own roles).</param>
    public void ShouldHaveNoRefusals(Func<string, bool>? excused = null)
    {
        foreach (var process in _operators)
        {
            process.Refusals.Where(l => excused?.Invoke(l) != true).Should().BeEmpty("the chart's RBAC grants everything the operator does");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _operators)
        {
            await process.DisposeAsync().ConfigureAwait(false);
        }

        await Network.DisposeAsync().ConfigureAwait(false);
    }
}
