using System.Text.RegularExpressions;
using FluentAssertions;
using TcpRouting.Operator.Crds;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>No Docker engine runs here: lint the Dockerfile, and run the very restore and publish commands it runs.</summary>
public sealed partial class DockerfileTests
{
    private static readonly Dockerfile Docker = Dockerfile.Load(Path.Combine(Repo.Root, "Dockerfile"));

    [Fact]
    public void It_builds_in_one_stage_and_runs_in_another_from_pinned_images()
    {
        var stages = Docker.Stages().ToList();

        stages.Should().HaveCountGreaterThanOrEqualTo(2);
        stages[0].Image.Should().StartWith("mcr.microsoft.com/dotnet/sdk:");
        stages[^1].Image.Should().MatchRegex(@"^mcr\.microsoft\.com/dotnet/(aspnet|runtime-deps|runtime):");
        stages.Should().OnlyContain(s => PinnedImage().IsMatch(s.Image), "every base image names a tag (not latest) or a digest");
        Docker.Arguments("COPY").Should().Contain(a => a.Contains($"--from={stages[0].Alias}", StringComparison.Ordinal), "the runtime stage takes only the build output");
    }

    [Fact]
    public void It_runs_as_a_numeric_non_root_user_and_exposes_the_admin_port()
    {
        var user = Docker.Arguments("USER").Should().ContainSingle().Subject;
        var uid = user.Split(':')[0];

        uid.Should().MatchRegex("^[0-9]+$", "Kubernetes can verify runAsNonRoot only for a numeric user");
        int.Parse(uid, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
        Docker.Instructions.ToList().FindLastIndex(i => i.Instruction == "USER").Should().BeGreaterThan(Docker.Instructions.ToList().FindLastIndex(i => i.Instruction == "FROM"));
        Docker.Arguments("EXPOSE").SelectMany(a => a.Split(' ')).Should().Contain(["9000", "5432", "6379"]);
        Docker.Arguments("ENTRYPOINT").Should().ContainSingle().Which.Should().Contain("tcprouting");
    }

    [Fact]
    public void It_turns_off_the_diagnostics_ipc_channel()
    {
        // Issue 12 item 11: the diagnostics IPC socket lets anything in the pod attach to the process and read its memory.
        Docker.Arguments("ENV").SelectMany(a => a.Split([' ', '\\', '\n'], StringSplitOptions.RemoveEmptyEntries)).Should().Contain("DOTNET_EnableDiagnostics=0");
    }

    [Fact]
    public void It_lets_the_jit_optimise_hot_code_without_the_single_cpu_delay()
    {
        // Issue 15: on one CPU the runtime delays tier-1 compilation tenfold; the setting is read from the environment only.
        Docker.Arguments("ENV").SelectMany(a => a.Split([' ', '\\', '\n'], StringSplitOptions.RemoveEmptyEntries)).Should().Contain("DOTNET_TC_CallCountingDelayMs=0");
    }

    [Fact]
    public void It_fetches_nothing_by_url()
    {
        Docker.Arguments("ADD").Should().NotContain(a => a.Contains("://", StringComparison.Ordinal));
        Docker.Arguments("RUN").Should().NotContain(a => a.Contains("curl ", StringComparison.Ordinal) || a.Contains("wget ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_publish_command_of_the_dockerfile_produces_a_working_tcprouting()
    {
        var output = Directory.CreateTempSubdirectory("tcpr-publish-").FullName;
        try
        {
            var restore = Docker.Run("dotnet restore");
            var publish = Docker.Run("dotnet publish");
            publish.Should().Contain(["-c", "Release", "-r", "linux-x64"]);
            var outputIndex = Array.IndexOf(publish, "-o");
            publish[outputIndex + 1] = output;

            var env = new Dictionary<string, string> { ["TCPR_ARTIFACTS"] = Path.Combine(Path.GetTempPath(), "tcpr-docker-publish") };
            (await ToolRun.RunAsync("dotnet", restore[1..], environment: env)).ShouldSucceed(string.Join(' ', restore));
            (await ToolRun.RunAsync("dotnet", publish[1..], environment: env)).ShouldSucceed(string.Join(' ', publish));

            var binary = Path.Combine(output, "tcprouting");
            File.Exists(binary).Should().BeTrue();
            var crds = Path.Combine(output, "crds-out");
            var run = await ToolRun.RunAsync(binary, ["crds", "--output", crds]);
            run.ShouldSucceed("tcprouting crds");
            Directory.EnumerateFiles(crds).Should().HaveCount(CrdCatalog.All.Length);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [GeneratedRegex(@"^[^:@\s]+(?::(?!latest$)[\w.-]+(?:@sha256:[0-9a-f]{64})?|@sha256:[0-9a-f]{64})$")]
    private static partial Regex PinnedImage();
}
