using FluentAssertions;
using TcpRouting.Operator.Tests.Packaging;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Hostile;
using TcpRouting.Testing.Peers;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Tests.Cli;

/// <summary>
/// Issue 12: `validate` on hostile input, as the real executable in its own process (a stack overflow would end the
/// test host itself): one line per problem naming the limit, exit 1, never a .NET stack trace.
/// </summary>
public sealed class HostileValidateTests
{
    [Fact]
    public async Task Deep_nesting_and_an_alias_bomb_are_problems_not_crashes()
    {
        using var folder = new TempDirectory("op-hostile-validate");
        await File.WriteAllTextAsync(folder.Combine("deep.yaml"), HostileYaml.Deep(100_000), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("bomb.yaml"), HostileYaml.AliasBomb(), TestContext.Current.CancellationToken);

        // Before: exit 134 (stack overflow) on the first, an OutOfMemoryException stack trace on the second.
        var run = await ValidateAsync(folder.Path);

        run.ExitCode.Should().Be(1, run.Stderr);
        run.Stdout.Should().Contain($"{folder.Combine("deep.yaml")}:4: invalid YAML: ").And.Contain($"limit of {YamlLimits.MaxDepth} levels");
        run.Stdout.Should().Contain($"{folder.Combine("bomb.yaml")}:").And.Contain($"limit of {YamlLimits.MaxAliasExpansion} nodes");
        (run.Stdout + run.Stderr).Should().NotContain("   at ");
    }

    [Fact]
    public async Task Two_entry_points_on_one_address_are_reported()
    {
        using var folder = new TempDirectory("op-hostile-validate");
        var config = folder.Combine("config.yaml");
        await File.WriteAllTextAsync(config, "entryPoints:\n  a: { address: \":5432\" }\n  b: { address: \"127.0.0.1:5432\" }\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("route.yaml"), Manifests.Route("r", "svc"), TestContext.Current.CancellationToken);

        var run = await ValidateAsync(folder.Combine("route.yaml"), "--config", config);

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain($"{config}: entryPoints.b.address: \"127.0.0.1:5432\" takes the same address as entry point a");
        (run.Stdout + run.Stderr).Should().NotContain("   at ");
    }

    private static Task<ToolRun> ValidateAsync(params string[] arguments) =>
        ToolRun.RunAsync(ExternalProgram.Find("dotnet", "dotnet-sdk"), [Path.Combine(AppContext.BaseDirectory, "tcprouting.dll"), "validate", "-f", .. arguments]);
}
