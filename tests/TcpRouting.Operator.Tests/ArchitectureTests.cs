using System.Runtime.CompilerServices;
using System.Xml.Linq;
using FluentAssertions;

namespace TcpRouting.Operator.Tests;

/// <summary>ARCHITECTURE.md: Model &lt;- Translation &lt;- Kubernetes &lt;- Operator and Model &lt;- Proxy &lt;- Operator.</summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["TcpRouting.Model"] = [],
        ["TcpRouting.Translation"] = ["TcpRouting.Model"],
        ["TcpRouting.Proxy"] = ["TcpRouting.Model"],
        ["TcpRouting.Kubernetes"] = ["TcpRouting.Translation"],
        ["TcpRouting.Operator"] = ["TcpRouting.Model", "TcpRouting.Translation", "TcpRouting.Proxy", "TcpRouting.Kubernetes"],
    };

    public static TheoryData<string> Projects() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_only_what_the_architecture_allows(string project)
    {
        var csproj = Path.Combine(RepoRoot(), "src", project, project + ".csproj");
        var references = XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();

        references.Except(Allowed[project]).Should().BeEmpty($"{project} may reference only {string.Join(", ", Allowed[project])}");
    }

    [Fact]
    public void Every_src_project_is_covered_by_the_rule_and_has_a_test_project()
    {
        var root = RepoRoot();
        var projects = Directory.GetDirectories(Path.Combine(root, "src")).Select(Path.GetFileName).ToList();
        projects.Should().BeEquivalentTo(Allowed.Keys);
        foreach (var project in projects)
        {
            Directory.Exists(Path.Combine(root, "tests", project + ".Tests")).Should().BeTrue($"{project} needs tests/{project}.Tests");
        }
    }

    /// <summary>The repository root: above the test binaries, or (when builds go to a separate artifacts
    /// folder) above this source file, whose path the compiler records.</summary>
    internal static string RepoRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TcpRouting.Operator.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"TcpRouting.Operator.sln not found above {AppContext.BaseDirectory} or {sourceFile}");
    }
}
