using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Tests.Packaging;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>
/// Objects against our generated CRD schemas with Packaging/Tools/validate-objects.mjs (ajv), as the packaging
/// tests do. The repository is found from this source file rather than the build output, which TCPR_ARTIFACTS
/// moves out of the checkout.
/// </summary>
internal static class SchemaValidation
{
    public static async Task<IReadOnlyList<ObjectValidator.Result>> ValidateAsync(IEnumerable<(string Id, JsonObject Object)> objects)
    {
        var root = RepoRoot();
        var input = new JsonObject
        {
            ["crds"] = new JsonArray([.. CrdCatalog.All.Select(CrdBuilder.Build)]),
            ["objects"] = new JsonArray([.. objects.Select(o => new JsonObject { ["id"] = o.Id, ["object"] = o.Object.DeepClone() })]),
        };
        var file = Path.Combine(Path.GetTempPath(), $"tcpr-validate-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, input.ToJsonString());
        try
        {
            var nodeModules = Path.Combine(root, ".tools", "node_modules");
            var script = Path.Combine(root, "tests", "TcpRouting.Operator.Tests", "Packaging", "Tools", "validate-objects.mjs");
            var run = (await ToolRun.RunAsync(Node(root), [script, nodeModules, file], workingDirectory: root)).ShouldSucceed("validate-objects.mjs");
            return JsonSerializer.Deserialize<ObjectValidator.Result[]>(run.Stdout, JsonSerializerOptions.Web)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepoRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    /// <summary>A missing node fails the test (never skips it).</summary>
    private static string Node(string root)
    {
        string[] directories = [Path.Combine(root, ".tools", "bin"), .. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)];
        return directories.Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("node not found in .tools/bin or PATH: run `bash scripts/install-test-deps.sh`");
    }
}
