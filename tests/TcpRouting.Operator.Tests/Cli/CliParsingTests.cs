using FluentAssertions;
using TcpRouting.Operator.Tests.Support;

namespace TcpRouting.Operator.Tests.Cli;

public sealed class CliParsingTests
{
    [Fact]
    public async Task Help_lists_every_command_and_exits_0()
    {
        var result = await Support.Cli.RunAsync("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().ContainAll("run", "validate", "routes", "crds");
    }

    [Theory]
    [InlineData("run --bogus", "--bogus")]
    [InlineData("run --grace-period soon", "--grace-period")]
    [InlineData("run --admin nowhere", "--admin")]
    [InlineData("run --log-format xml", "xml")]
    [InlineData("routes --manifests . -o yaml", "yaml")]
    [InlineData("validate", "--filename")]
    [InlineData("routes", "--manifests")]
    [InlineData("frobnicate", "frobnicate")]
    public async Task Bad_flags_give_one_error_line_naming_the_flag_and_exit_2(string args, string named)
    {
        var result = await Support.Cli.RunAsync(args.Split(' '));

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: ").And.Contain(named).And.Contain("--help");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("run --manifests /nonexistent/folder", "/nonexistent/folder")]
    [InlineData("validate -f /nonexistent/file.yaml", "/nonexistent/file.yaml")]
    [InlineData("routes --manifests /nonexistent/folder", "/nonexistent/folder")]
    [InlineData("validate -f . --config /nonexistent/config.yaml", "/nonexistent/config.yaml")]
    public async Task Missing_files_give_one_error_line_without_a_stack_trace_and_exit_1(string args, string path)
    {
        var result = await Support.Cli.RunAsync(args.Split(' '));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: ").And.Contain(path);
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task An_invalid_config_file_names_the_file_and_field()
    {
        using var folder = new TcpRouting.Testing.Peers.TempDirectory("op-cli");
        var config = folder.Combine("config.yaml");
        await File.WriteAllTextAsync(config, "entryPoints:\n  web:\n    address: \"nowhere\"\n", TestContext.Current.CancellationToken);

        var result = await Support.Cli.RunAsync("validate", "-f", RepoPaths.ExampleManifests, "--config", config);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().NotBeEmpty().And.AllSatisfy(l => l.Should().StartWith($"error: {config}").And.Contain("address"));
    }

    [Fact]
    public async Task Run_without_manifests_runs_the_cluster_controller_and_a_missing_kubeconfig_is_one_error_line()
    {
        var result = await Support.Cli.RunAsync("run", "--kubeconfig", "/nonexistent/kubeconfig", "--admin", "127.0.0.1:0", "--grace-period", "0s");

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: cluster: ").And.Contain("/nonexistent/kubeconfig");
    }
}
