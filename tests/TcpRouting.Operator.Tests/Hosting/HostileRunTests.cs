using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Hostile;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Tests.Hosting;

/// <summary>Issue 12 on `run --manifests` in process: hostile files, a deaf entry point, the routes API.</summary>
public sealed class HostileRunTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("op-hostile");
    private readonly TcpEchoServer _echo = new();
    private readonly int _proxyPort = FreeTcpPort.Next();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(_folder.Combine("echo.yaml"), Manifests.Service("echo", _echo.Port) + "\n---\n" + Manifests.Route("echo", "echo"), Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _echo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Deep_and_alias_bomb_files_are_refused_while_the_table_and_live_connections_stay()
    {
        await using var op = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort));
        using var live = new TcpClient();
        await live.ConnectAsync(IPAddress.Loopback, _proxyPort, Token);
        (await EchoClient.RoundTripAsync(live.GetStream(), "before")).Should().Be("before");

        // Before: the first killed the process (stack overflow), the second took it to 3.3 GB.
        await File.WriteAllTextAsync(_folder.Combine("deep.yaml"), HostileYaml.Deep(100_000), Token);
        await File.WriteAllTextAsync(_folder.Combine("bomb.yaml"), HostileYaml.AliasBomb(), Token);
        await Poll.UntilAsync(() => op.Logs.Messages.Any(m => m.Contains($"limit of {YamlLimits.MaxDepth} levels", StringComparison.Ordinal))
            && op.Logs.Messages.Any(m => m.Contains($"limit of {YamlLimits.MaxAliasExpansion} nodes", StringComparison.Ordinal)), "both files to be refused");

        (await EchoClient.RoundTripAsync(live.GetStream(), "after")).Should().Be("after");
        (await EchoClient.RoundTripAsync(_proxyPort, "new connection")).Should().Be("new connection");
        (await op.Admin.GetAsync("/readyz", Token)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Not_ready_while_a_static_entry_point_cannot_bind_then_ready_once_it_can()
    {
        // Before: the bind failure was logged with a stack trace and /readyz said 200 on a deaf pod.
        var taken = new TcpListener(IPAddress.Loopback, _proxyPort);
        taken.Start();
        await using var op = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort));

        var notReady = await op.Admin.GetAsync("/readyz", Token);
        notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await notReady.Content.ReadAsStringAsync(Token)).Should().Contain($"entry point tcp: cannot bind 127.0.0.1:{_proxyPort}: ");

        taken.Stop();
        await Poll.UntilAsync(async () => (await op.Admin.GetAsync("/readyz", Token)).StatusCode == HttpStatusCode.OK, "the retried bind to make it ready", TimeSpan.FromSeconds(20));
        (await EchoClient.RoundTripAsync(_proxyPort, "bound")).Should().Be("bound");
    }

    [Fact]
    public async Task The_routes_api_is_served_only_when_asked_for()
    {
        await using (var closed = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort), routesApi: false))
        {
            (await closed.Admin.GetAsync("/api/routes", Token)).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await closed.Admin.GetAsync("/metrics", Token)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using var open = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort), routesApi: true);
        (await open.Admin.GetAsync("/api/routes", Token)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
