using FluentAssertions;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Client;

/// <summary>
/// A user's tokenFile (a projected or mounted token, as client-go reads it), which KubernetesClient's kubeconfig
/// model drops, authenticates requests against the fake API server over TLS.
/// </summary>
public sealed class KubeconfigTokenFileTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tcpr-tokenfile-").FullName;
    private FakeApiServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeApiServer.StartAsync(new FakeApiServerOptions(UseTls: true, Token: "from-file"));

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_user_with_only_a_token_file_beside_the_kubeconfig_is_authenticated()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "secrets"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "secrets", "token"), "from-file\n", TestContext.Current.CancellationToken);

        (await NamespacesAsync(Kubeconfig("tokenFile: secrets/token"))).Should().Contain("default");
    }

    [Fact]
    public async Task The_token_file_wins_over_a_token_beside_it_as_in_client_go()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "token"), "from-file", TestContext.Current.CancellationToken);

        (await NamespacesAsync(Kubeconfig("token: stale", $"tokenFile: {Path.Combine(_dir, "token")}"))).Should().Contain("default");
    }

    [Fact]
    public void A_missing_token_file_is_named_with_its_user_and_kubeconfig()
    {
        var kubeconfig = Kubeconfig("tokenFile: nowhere/token");

        var act = () => KubeConfigResolver.Resolve(kubeconfig);

        act.Should().Throw<KubeconfigException>().WithMessage($"*{kubeconfig}*user \"fake\" tokenFile {Path.Combine(_dir, "nowhere", "token")}*");
    }

    private async Task<List<string?>> NamespacesAsync(string kubeconfig)
    {
        using var client = new KubeApiClient(KubeConfigResolver.Resolve(kubeconfig));
        var list = await client.ListAllAsync(KubeResource.Namespaces, null, cancellationToken: TestContext.Current.CancellationToken);
        return [.. list.Items.Select(n => n.GetProperty("metadata").GetProperty("name").GetString())];
    }

    private string Kubeconfig(params string[] credentials)
    {
        var path = Path.Combine(_dir, "config.yaml");
        File.WriteAllText(path, FakeKubeconfig.Yaml(_server, credentials: credentials));
        return path;
    }
}
