using FluentAssertions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>.github/workflows/ci.yml runs what the project promises: the README's tests, helm lint, chart checks, an image build.</summary>
public sealed class WorkflowTests
{
    [Fact]
    public void The_ci_workflow_tests_lints_renders_and_builds_the_image_without_pushing()
    {
        var workflow = YamlDocuments.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "ci.yml"))).Should().ContainSingle().Subject;
        var steps = workflow["jobs"]!.AsObject().SelectMany(j => j.Value!["steps"]!.AsArray()).ToList();
        var runs = string.Join('\n', steps.Select(s => (string?)s!["run"]).OfType<string>());

        runs.Should().Contain("bash scripts/test.sh").And.Contain("helm lint --strict").And.Contain("helm template").And.Contain("crds");
        var image = steps.Should().ContainSingle(s => ((string?)s!["uses"] ?? string.Empty).StartsWith("docker/build-push-action@", StringComparison.Ordinal)).Subject!;
        image["with"]!["push"]!.GetValue<bool>().Should().BeFalse();
    }
}
