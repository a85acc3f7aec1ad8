using TcpRouting.Testing.Network;
using System.Text.RegularExpressions;
using FluentAssertions;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Operator.Tests.Cli;

public sealed partial class ValidateCommandTests
{
    [Fact]
    public async Task The_examples_are_valid()
    {
        var result = await Support.Cli.RunAsync("validate", "-f", RepoPaths.ExampleManifests, "--config", RepoPaths.ExampleConfig);

        result.ExitCode.Should().Be(0, result.Output);
        result.OutputLines.Should().ContainSingle().Which.Should().StartWith("ok: ");
    }

    [Fact]
    public async Task Each_problem_is_one_line_with_file_line_object_field_and_reason()
    {
        using var folder = new TempDirectory("op-validate");
        var routes = folder.Combine("routes.yaml");
        var broken = folder.Combine("nested/broken.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        await File.WriteAllTextAsync(routes, Manifests.Route("bad-rule", "svc", "HostSNI(`x`") + "\n---\n" + Manifests.Route("no-service", "missing") + "\n---\n" + Manifests.Service("svc", 7001), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(broken, "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  labels: [a\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("config.yaml.txt"), "not a manifest", TestContext.Current.CancellationToken);

        var result = await Support.Cli.RunAsync("validate", "-f", folder.Path, "--config", await ConfigFileAsync(folder));

        result.ExitCode.Should().Be(1);
        result.OutputLines.Should().HaveCount(3);
        result.OutputLines.Should().ContainSingle(l => l.StartsWith(broken + ":", StringComparison.Ordinal));
        var objectLines = result.OutputLines.Where(l => l.StartsWith(routes, StringComparison.Ordinal)).Select(l => ProblemLine().Match(l)).ToList();
        objectLines.Should().HaveCount(2).And.OnlyContain(m => m.Success);
        objectLines[0].Groups["line"].Value.Should().Be("1");
        objectLines[0].Groups["object"].Value.Should().Be("IngressRouteTCP test/bad-rule");
        objectLines[0].Groups["field"].Value.Should().Be("spec.routes[0].match");
        objectLines[1].Groups["object"].Value.Should().Be("IngressRouteTCP test/no-service");
        objectLines[1].Groups["field"].Value.Should().Be("spec.routes[0].services[0]");
        objectLines[1].Groups["why"].Value.Should().Contain("test/missing");
    }

    [Fact]
    public async Task Several_paths_are_read_and_a_single_file_works()
    {
        using var folder = new TempDirectory("op-validate");
        await File.WriteAllTextAsync(folder.Combine("a.yaml"), Manifests.Route("a", "svc"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("b.yaml"), Manifests.Service("svc", 7001), TestContext.Current.CancellationToken);
        var config = await ConfigFileAsync(folder);

        var both = await Support.Cli.RunAsync("validate", "-f", folder.Combine("a.yaml"), folder.Combine("b.yaml"), "--config", config);
        var routeAlone = await Support.Cli.RunAsync("validate", "-f", folder.Combine("a.yaml"), "--config", config);

        both.ExitCode.Should().Be(0, both.Output);
        both.Output.Should().Contain("3 objects in 2 files");
        routeAlone.ExitCode.Should().Be(1);
        routeAlone.OutputLines.Should().ContainSingle().Which.Should().Contain("IngressRouteTCP test/a: spec.routes[0].services[0]: ");
    }

    private static async Task<string> ConfigFileAsync(TempDirectory folder)
    {
        // Not *.yaml, so the folder scan does not take it for a manifest.
        var path = folder.Combine("static.config");
        await File.WriteAllTextAsync(path, Manifests.Config(FreeTcpPort.Next()), TestContext.Current.CancellationToken);
        return path;
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+): (?<object>\S+ \S+/\S+): (?<field>[^:]+): (?<why>.+)$")]
    private static partial Regex ProblemLine();
}
