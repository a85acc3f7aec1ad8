using FluentAssertions;
using k8s;
using k8s.Models;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Operator.Management;
using TcpRouting.Operator.Management.Stores;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.FakeApiServer;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>
/// `route`, `middleware` and `mcp` with a kubeconfig whose user is an exec credential plugin (what EKS, GKE and
/// AKS write): a script prints the ExecCredential, against the fake API server and the real one of kube-env.
/// </summary>
public sealed class ExecPluginCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tcpr-exec-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Route_middleware_and_mcp_authenticate_with_the_plugins_token()
    {
        await using var server = await StartFakeAsync("plugin-token");
        var kubeconfig = ExecPluginKubeconfig.Write(server, _dir, ExecPluginKubeconfig.PrintingToken("plugin-token", _dir));

        (await Ok("middleware", "apply", "--name", "db-allowlist", "--source-range", "10.0.0.0/8", "--kubeconfig", kubeconfig)).Should().Contain("created");
        (await Ok("route", "apply", "--name", "pg", "--service", "postgres", "--port", "5432", "--entry-point", "postgresql", "--middleware", "db-allowlist", "--kubeconfig", kubeconfig))
            .Should().Contain("IngressRouteTCP default/pg created");
        (await Ok("route", "list", "--kubeconfig", kubeconfig)).Should().Contain("IngressRouteTCP default/pg [postgresql]");

        // `mcp` opens its store the same way (StoreOptions); the session reads the route back through the plugin's token.
        await using var session = await McpSession.StartAsync(new RouteManager(new ClusterRouteStore(new KubeApiClient(KubeConfigResolver.Resolve(kubeconfig)))));
        (await session.CallAsync("tcprouting_route_status", new() { ["route_name"] = "pg" })).Should().Contain("pg");
    }

    [Fact]
    public async Task A_failing_plugin_fails_the_command_naming_the_plugin_and_its_exit_status()
    {
        await using var server = await StartFakeAsync("plugin-token");
        var plugin = ExecPluginKubeconfig.Failing(_dir, exitStatus: 2, "error: the SSO session has expired");

        var result = await Support.Cli.RunAsync("route", "list", "--kubeconfig", ExecPluginKubeconfig.Write(server, _dir, plugin));

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain($"exec plugin \"{plugin}\"").And.Contain("exit status 2").And.Contain("the SSO session has expired");
    }

    [Fact]
    public async Task Route_list_works_with_an_exec_plugin_against_the_real_api_server()
    {
        await using var env = await KubeEnv.StartPrivateAsync();
        using (var admin = new KubeApiClient(KubeConfigResolver.Resolve(env.Kubeconfig)))
        {
            foreach (var file in new[] { "traefik.io_ingressroutetcps.yaml", "traefik.io_middlewaretcps.yaml" })
            {
                var crd = KubernetesYaml.Deserialize<V1CustomResourceDefinition>(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "crds", file), TestContext.Current.CancellationToken));
                await admin.CallAsync((api, ct) => api.ApiextensionsV1.CreateCustomResourceDefinitionAsync(crd, cancellationToken: ct), TestContext.Current.CancellationToken);
            }
        }

        // The plugin prints the static token kube-env's API server accepts (run/kubeconfig-token).
        var lines = await File.ReadAllLinesAsync(env.TokenKubeconfig, TestContext.Current.CancellationToken);
        string Field(string name) => lines.Select(l => l.Trim()).First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];
        var kubeconfig = ExecPluginKubeconfig.Write(Field("server"), Field("certificate-authority-data"), _dir, ExecPluginKubeconfig.PrintingToken(Field("token"), _dir));

        // A new CRD is served a moment after it is created.
        await Poll.UntilAsync(
            async () => (await Support.Cli.RunAsync("route", "apply", "--name", "pg", "--service", "postgres", "--port", "5432", "--entry-point", "postgresql", "--kubeconfig", kubeconfig)).ExitCode == 0,
            "route apply through the exec plugin", TimeSpan.FromSeconds(60));
        var list = await Support.Cli.RunAsync("route", "list", "--kubeconfig", kubeconfig);

        list.ExitCode.Should().Be(0, list.Error);
        list.Output.Should().Contain("IngressRouteTCP default/pg [postgresql]");
    }

    private static async Task<FakeApiServer> StartFakeAsync(string token)
    {
        var server = await FakeApiServer.StartAsync(new FakeApiServerOptions(UseTls: true, Token: token));
        server.Install([.. FakeResourceTypes.Traefik(), .. FakeResourceTypes.GatewayApi(), .. FakeResourceTypes.Kong]);
        return server;
    }

    private static async Task<string> Ok(params string[] args)
    {
        var result = await Support.Cli.RunAsync(args);
        result.ExitCode.Should().Be(0, $"{string.Join(' ', args)}: {result.Error}");
        return result.Output;
    }
}
