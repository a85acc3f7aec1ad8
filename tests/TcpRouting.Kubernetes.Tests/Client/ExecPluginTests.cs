using FluentAssertions;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Tests.TestSupport;
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

    [Fact]
    public async Task Run_watches_the_cluster_with_an_exec_plugin_kubeconfig()
    {
        await using var server = await ClusterHarness.ServerWithEverythingAsync(new FakeApiServerOptions(UseTls: true, Token: "run-token"));
        var kubeconfig = ExecPluginKubeconfig.Write(server, _dir, ExecPluginKubeconfig.PrintingToken("run-token", _dir));
        server.Apply(FakeResourceTypes.Services, Manifests.Service("default", "db", 5432));
        server.Apply(FakeResourceTypes.EndpointSlices, Manifests.Slice("default", "db", 5432, "10.0.0.7"));
        server.Apply(FakeResourceTypes.Traefik()[0], Manifests.IngressRouteTcp("default", "pg", "HostSNI(`*`)", "db"));

        await using var cluster = await ClusterHarness.StartAsync(o => o with { Kubeconfig = kubeconfig }, server);

        var route = await Eventually.Value(() => cluster.Routes.FirstOrDefault(), _ => true, "the route, read with the plugin's token");
        route.Backends.Single().Endpoints.Single().Host.Should().Be("10.0.0.7");
        await Eventually.True(() => cluster.Controller.IsLeader, "the lease, written with the plugin's token");
    }
}
