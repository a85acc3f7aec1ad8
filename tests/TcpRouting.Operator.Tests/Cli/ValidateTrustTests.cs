using FluentAssertions;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Operator.Tests.Cli;

/// <summary>Issue 13: validate as a tool people trust (entry points, duplicates, seeds as written).</summary>
public sealed class ValidateTrustTests
{
    private static string Seeds => Path.Combine(RepoPaths.Root, "tests", "TcpRouting.Operator.Tests", "Cli", "Seeds");

    public static TheoryData<string> SeedFiles => [.. Directory.EnumerateFiles(Seeds, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task Seed_examples_validate_as_written_with_and_without_a_static_config(string seed)
    {
        // The seed's YAML block as written, with the Services the cluster would hold (redis-service unless declared).
        var path = Path.Combine(Seeds, seed);
        var declaresRedis = (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Contains("kind: Service\nmetadata:\n  name: redis-service", StringComparison.Ordinal);
        string[] files = ["-f", path, Path.Combine(Seeds, "cluster.services"), .. declaresRedis ? Array.Empty<string>() : [Path.Combine(Seeds, "redis.services")]];

        var assumed = await Support.Cli.RunAsync(["validate", .. files]);
        var checkedAgainstConfig = await Support.Cli.RunAsync(["validate", .. files, "--config", Path.Combine(Seeds, "traefik.config")]);
        if (seed == "seed001-06.yaml")
        {
            // Its Secret holds placeholders (`<base64-encoded-certificate>`): the one thing that cannot work as written.
            foreach (var result in new[] { assumed, checkedAgainstConfig })
            {
                result.ExitCode.Should().Be(1);
                result.OutputLines.Where(l => !l.StartsWith("note: ", StringComparison.Ordinal)).Should().ContainSingle()
                    .Which.Should().EndWith("spec.tls.secretName: Secret default/postgres-tls-cert: data.tls.crt is not valid base64");
            }

            return;
        }

        assumed.ExitCode.Should().Be(0, assumed.Output);
        assumed.OutputLines[^1].Should().StartWith("ok: ");
        assumed.OutputLines.Count(l => l.StartsWith("note: no --config given: assuming entry points", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(1);
        checkedAgainstConfig.ExitCode.Should().Be(0, checkedAgainstConfig.Output);
        checkedAgainstConfig.OutputLines.Should().ContainSingle().Which.Should().StartWith("ok: ");
    }

    [Fact]
    public async Task Without_config_entry_points_are_assumed_once_and_with_config_they_are_checked()
    {
        using var folder = new TempDirectory("op-validate-ep");
        await File.WriteAllTextAsync(folder.Combine("a.yaml"), Manifests.Route("a", "svc") + "\n---\n" + Manifests.Route("b", "svc") + "\n---\n" + Manifests.Service("svc", 7001), TestContext.Current.CancellationToken);
        var config = folder.Combine("other.config");
        await File.WriteAllTextAsync(config, "entryPoints:\n  other:\n    address: \"127.0.0.1:1\"\n", TestContext.Current.CancellationToken);

        var assumed = await Support.Cli.RunAsync("validate", "-f", folder.Path);
        var checkedAgainstConfig = await Support.Cli.RunAsync("validate", "-f", folder.Path, "--config", config);

        assumed.ExitCode.Should().Be(0, assumed.Output);
        assumed.OutputLines.Should().Equal(
            "note: no --config given: assuming entry points tcp exist (pass --config FILE to check them)",
            "ok: 4 objects in 1 files");
        checkedAgainstConfig.ExitCode.Should().Be(1);
        checkedAgainstConfig.OutputLines.Should().HaveCount(2).And.OnlyContain(l => l.Contains("spec.entryPoints[0]: entry point \"tcp\" is not in the static config"));
    }

    [Fact]
    public async Task The_same_object_in_two_files_is_reported()
    {
        using var folder = new TempDirectory("op-validate-dup");
        await File.WriteAllTextAsync(folder.Combine("a.yaml"), Manifests.Route("db", "svc") + "\n---\n" + Manifests.Service("svc", 7001), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("b.yaml"), Manifests.Route("db", "svc", "HostSNI(`db.example.com`)"), TestContext.Current.CancellationToken);

        var result = await Support.Cli.RunAsync("validate", "-f", folder.Path);

        result.ExitCode.Should().Be(1);
        result.OutputLines.Should().Contain($"{folder.Combine("b.yaml")}:1: IngressRouteTCP test/db: metadata.name: declared again (first at {folder.Combine("a.yaml")}:1); only one object of a kind, namespace and name can exist");
    }

    [Fact]
    public async Task Route_list_checks_entry_points_against_config_when_given()
    {
        using var folder = new TempDirectory("op-route-list-config");
        await File.WriteAllTextAsync(folder.Combine("a.yaml"), Manifests.Route("a", "svc") + "\n---\n" + Manifests.Service("svc", 7001), TestContext.Current.CancellationToken);
        var config = folder.Combine("other.config");
        await File.WriteAllTextAsync(config, "entryPoints:\n  other:\n    address: \"127.0.0.1:1\"\n", TestContext.Current.CancellationToken);

        var assumed = await Support.Cli.RunAsync("route", "list", "--manifests", folder.Path);
        var checkedAgainstConfig = await Support.Cli.RunAsync("route", "list", "--manifests", folder.Path, "--config", config);

        assumed.Output.Should().Contain("status: Ready");
        checkedAgainstConfig.Output.Should().Contain("entry point \"tcp\" is not in the static config");
    }
}
