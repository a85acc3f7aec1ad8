using FluentAssertions;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Client;

/// <summary>
/// A kubeconfig whose user is an exec credential plugin, as EKS, GKE and AKS write them
/// (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins):
/// a shell script stands in for aws/gke-gcloud-auth-plugin/kubelogin and prints an ExecCredential.
/// </summary>
public sealed class ExecPluginTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tcpr-exec-").FullName;
    private FakeApiServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeApiServer.StartAsync(new FakeApiServerOptions(UseTls: true, Token: "from-plugin"));

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task The_token_an_exec_plugin_prints_authenticates_requests()
    {
        var config = KubeConfigResolver.Resolve(ExecPluginKubeconfig.Write(_server, _dir, ExecPluginKubeconfig.PrintingToken("from-plugin")));
        using var client = new KubeApiClient(config);

        var list = await client.ListAllAsync(KubeResource.Namespaces, null, cancellationToken: TestContext.Current.CancellationToken);

        list.Items.Select(n => n.GetProperty("metadata").GetProperty("name").GetString()).Should().Contain("default");
    }

    [Fact]
    public void A_failing_plugin_is_named_with_its_exit_status()
    {
        var plugin = ExecPluginKubeconfig.Failing(_dir, exitStatus: 3, "error: SSO session expired; run aws sso login");
        var act = () => KubeConfigResolver.Resolve(ExecPluginKubeconfig.Write(_server, _dir, plugin));

        act.Should().Throw<KubeconfigException>().WithMessage($"*exec plugin \"{plugin}\"*exit status 3*SSO session expired*");
    }
}
