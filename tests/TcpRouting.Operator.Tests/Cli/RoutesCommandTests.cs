using TcpRouting.Testing.Network;
using System.Text.Json;
using FluentAssertions;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Operator.Tests.Cli;

public sealed class RoutesCommandTests
{
    [Fact]
    public async Task Json_output_has_listeners_with_routes_and_every_objects_status()
    {
        var result = await Support.Cli.RunAsync("routes", "--manifests", RepoPaths.ExampleManifests, "--config", RepoPaths.ExampleConfig, "-o", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var listeners = json.RootElement.GetProperty("listeners").EnumerateArray().ToList();
        listeners.Select(l => l.GetProperty("name").GetString()).Should().Equal("web", "websecure");
        var web = listeners[0];
        web.GetProperty("address").GetString().Should().Be("127.0.0.1:10080");
        var route = web.GetProperty("routes").EnumerateArray().Should().ContainSingle().Subject;
        route.GetProperty("id").GetString().Should().Be("ingressroutetcp/demo/admin-through-proxy/route/0");
        route.GetProperty("match").GetString().Should().Be("HostSNI(`*`)");
        route.GetProperty("backends").EnumerateArray().Should().ContainSingle();
        json.RootElement.GetProperty("statuses").EnumerateArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Table_output_is_the_default_and_shows_each_route()
    {
        var result = await Support.Cli.RunAsync("routes", "--manifests", RepoPaths.ExampleManifests, "--config", RepoPaths.ExampleConfig);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("ingressroutetcp/demo/admin-through-proxy/route/0").And.Contain("ingressroutetcp/demo/secure-passthrough/route/0");
    }

    [Fact]
    public async Task Yaml_errors_go_to_stderr_and_the_rest_is_still_shown()
    {
        using var folder = new TempDirectory("op-routes");
        await File.WriteAllTextAsync(folder.Combine("ok.yaml"), Manifests.Route("a", "svc") + "\n---\n" + Manifests.Service("svc", 7001), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("bad.yaml"), "kind: [", TestContext.Current.CancellationToken);
        var config = folder.Combine("config.yml.txt");
        await File.WriteAllTextAsync(config, Manifests.Config(FreeTcpPort.Next()), TestContext.Current.CancellationToken);

        var result = await Support.Cli.RunAsync("routes", "--manifests", folder.Path, "--config", config, "-o", "json");

        result.ExitCode.Should().Be(0);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith(folder.Combine("bad.yaml") + ":");
        JsonDocument.Parse(result.Output).RootElement.GetProperty("listeners").EnumerateArray().Should().ContainSingle();
    }
}
