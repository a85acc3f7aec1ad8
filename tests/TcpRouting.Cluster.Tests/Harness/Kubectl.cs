using System.Text.Json.Nodes;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>kubectl and helm as a user runs them (from .tools/bin), against one kubeconfig.</summary>
public sealed class Kubectl(string kubeconfig)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public string Kubeconfig => kubeconfig;

    public Task<CommandResult> TryAsync(params string[] arguments) => RunAsync("kubectl", arguments, stdin: null);

    /// <summary>kubectl with YAML on stdin (`kubectl apply -f -`).</summary>
    public Task<CommandResult> TryWithInputAsync(string stdin, params string[] arguments) => RunAsync("kubectl", arguments, stdin);

    public async Task<string> RunAsync(params string[] arguments) => Succeeded(await TryAsync(arguments).ConfigureAwait(false));

    public async Task<string> ApplyAsync(string yaml, params string[] extra) =>
        Succeeded(await TryWithInputAsync(yaml, ["apply", "-f", "-", .. extra]).ConfigureAwait(false));

    public async Task<JsonObject> GetJsonAsync(string resource, string name, string? ns = null)
    {
        string[] scope = ns is null ? [] : ["-n", ns];
        return JsonNode.Parse(await RunAsync(["get", resource, name, "-o", "json", .. scope]).ConfigureAwait(false))!.AsObject();
    }

    public Task<CommandResult> TryHelmAsync(params string[] arguments) => RunAsync("helm", arguments, stdin: null);

    public async Task<string> HelmAsync(params string[] arguments) => Succeeded(await TryHelmAsync(arguments).ConfigureAwait(false));

    private static string Succeeded(CommandResult result) =>
        result.ExitCode == 0 ? result.Stdout : throw new Xunit.Sdk.XunitException(result.ToString());

    private Task<CommandResult> RunAsync(string tool, string[] arguments, string? stdin) =>
        Command.RunAsync(Repo.Tool(tool), arguments, Timeout, stdin, new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig }, TestContext.Current.CancellationToken);
}
