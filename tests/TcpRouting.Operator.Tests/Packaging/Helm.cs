using System.Text.Json.Nodes;
using FluentAssertions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>`helm template` / `helm lint` on charts/tcprouting, parsed into objects.</summary>
internal static class Helm
{
    public const string Namespace = "tcprouting-system";

    public static string ValuesFile(string name) => Path.Combine(Repo.Root, "tests", "TcpRouting.Operator.Tests", "Packaging", "Values", name);

    public static async Task<List<JsonObject>> TemplateAsync(params string[] extra)
    {
        var run = await ToolRun.RunAsync(Repo.Tool("helm"), ["template", "tcprouting", Repo.Chart, "--namespace", Namespace, .. extra]);
        run.ShouldSucceed("helm template " + string.Join(' ', extra));
        return YamlDocuments.Parse(run.Stdout);
    }

    public static Task<ToolRun> LintAsync(params string[] extra) =>
        ToolRun.RunAsync(Repo.Tool("helm"), ["lint", "--strict", Repo.Chart, "--namespace", Namespace, .. extra]);

    public static JsonObject Single(this IEnumerable<JsonObject> objects, string kind, string? name = null) =>
        objects.Where(o => (string?)o["kind"] == kind && (name is null || (string?)o["metadata"]?["name"] == name)).Should().ContainSingle($"one {kind} {name}").Subject;

    public static string Id(JsonObject o) => $"{o["kind"]}/{o["metadata"]?["namespace"]}/{o["metadata"]?["name"]}";
}
