using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FluentAssertions;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Operator.Tests;

/// <summary>`tcprouting run --manifests DIR` end to end in process: a real proxy, a real echo backend, the admin listener.</summary>
public sealed class RunManifestsTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("op-run");
    private readonly TcpEchoServer _first = new();
    private readonly TcpEchoServer _second = new();
    private readonly int _proxyPort = FreeTcpPort.Next();

    private CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(_folder.Combine("services.yaml"), Manifests.Service("first", _first.Port) + "\n---\n" + Manifests.Service("second", _second.Port), Token);
        await File.WriteAllTextAsync(_folder.Combine("route.yaml"), Manifests.Route("echo", "first"), Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Traffic_flows_and_the_admin_endpoints_show_the_table()
    {
        await using var op = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort));

        (await op.Admin.GetAsync("/healthz", Token)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await op.Admin.GetAsync("/readyz", Token)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await EchoClient.RoundTripAsync(_proxyPort, "hello")).Should().Be("hello");
        _first.Accepted.Should().Be(1);

        using var routes = JsonDocument.Parse(await op.Admin.GetStringAsync("/api/routes", Token));
        var listener = routes.RootElement.GetProperty("listeners").EnumerateArray().Should().ContainSingle().Subject;
        listener.GetProperty("address").GetString().Should().Be($"127.0.0.1:{_proxyPort}");
        listener.GetProperty("routes")[0].GetProperty("id").GetString().Should().Be("ingressroutetcp/test/echo/route/0");

        var metrics = await op.Admin.GetAsync("/metrics", Token);
        metrics.Content.Headers.ContentType!.ToString().Should().Be("text/plain; version=0.0.4; charset=utf-8");
        await Poll.UntilAsync(async () => ConnectionsCounted(await op.Admin.GetStringAsync("/metrics", Token)) >= 1, "the connection to show in /metrics");
    }

    [Fact]
    public async Task Editing_a_file_reloads_and_a_bad_edit_keeps_the_last_good_route()
    {
        await using var op = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort));
        (await EchoClient.RoundTripAsync(_proxyPort, "one")).Should().Be("one");

        await File.WriteAllTextAsync(_folder.Combine("route.yaml"), Manifests.Route("echo", "second"), Token);
        await Poll.UntilAsync(async () => await EchoClient.RoundTripAsync(_proxyPort, "two") == "two" && _second.Accepted > 0, "traffic to reach the second backend");

        var route = _folder.Combine("route.yaml");
        await File.WriteAllTextAsync(route, Manifests.Route("echo", "first", "HostSNI(`x`"), Token);
        await Poll.UntilAsync(() => op.Logs.Messages.Any(m => m.StartsWith($"{route}:1: IngressRouteTCP test/echo: spec.routes[0].match: ", StringComparison.Ordinal)), "the problem to be logged");
        var before = _second.Accepted;
        (await EchoClient.RoundTripAsync(_proxyPort, "three")).Should().Be("three");
        _second.Accepted.Should().Be(before + 1, "the last good route still goes to the second backend");
        (await op.Admin.GetAsync("/readyz", Token)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var routes = JsonDocument.Parse(await op.Admin.GetStringAsync("/api/routes", Token));
        routes.RootElement.GetProperty("statuses").GetRawText().Should().Contain("spec.routes[0].match", "/api/routes shows what the file says now");

        // Fixing the edit says so (issue 13): the warnings stop and one line tells the object recovered.
        await File.WriteAllTextAsync(route, Manifests.Route("echo", "first"), Token);
        await Poll.UntilAsync(() => op.Logs.Messages.Any(m => m == "IngressRouteTCP test/echo: recovered, its problems are fixed and it is served as written"), "the recovery to be logged");
    }

    [Fact]
    public async Task Stopping_drains_live_connections_while_the_admin_listener_says_not_ready()
    {
        var op = await RunningOperator.StartAsync(_folder.Path, Manifests.Config(_proxyPort), gracePeriod: TimeSpan.FromSeconds(30));
        await using (op)
        {
            using var live = new TcpClient();
            await live.ConnectAsync(IPAddress.Loopback, _proxyPort, Token);
            (await EchoClient.RoundTripAsync(live.GetStream(), "before")).Should().Be("before");

            var stopping = op.App.StopAsync(Token);
            await Poll.UntilAsync(async () => await EchoClient.RoundTripAsync(_proxyPort, "new") is null, "new connections to be refused");
            (await op.Admin.GetAsync("/readyz", Token)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await EchoClient.RoundTripAsync(live.GetStream(), "during")).Should().Be("during", "a live connection finishes during the drain");
            stopping.IsCompleted.Should().BeFalse();

            live.Close();
            await stopping.WaitAsync(TimeSpan.FromSeconds(20), Token);
        }
    }

    private static double ConnectionsCounted(string metrics) => metrics
        .Split('\n')
        .Where(l => l.StartsWith("tcprouting_connections_total", StringComparison.Ordinal))
        .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
