using System.Text.Json;
using System.Text.Json.Nodes;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>
/// Offline validation of Kubernetes objects through Tools/validate-objects.mjs: our kinds against our generated
/// CRD schemas (ajv), Gateway API kinds also with @kubernetes-models/gateway-api, core kinds with kubernetes-models.
/// </summary>
internal static class ObjectValidator
{
    public sealed record Result(string Id, bool Ok, string[] Validators, string[] Errors)
    {
        public override string ToString() => $"{Id} [{string.Join(", ", Validators)}]: {string.Join("; ", Errors)}";
    }

    public static async Task<IReadOnlyList<Result>> ValidateAsync(IEnumerable<(string Id, JsonObject Object)> objects, IEnumerable<JsonObject>? crds = null)
    {
        var input = new JsonObject
        {
            ["crds"] = new JsonArray([.. (crds ?? KnownCrds.All).Select(c => c.DeepClone())]),
            ["objects"] = new JsonArray([.. objects.Select(o => new JsonObject { ["id"] = o.Id, ["object"] = o.Object.DeepClone() })]),
        };
        var file = Path.Combine(Path.GetTempPath(), $"tcpr-validate-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, input.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var script = Path.Combine(Repo.Root, "tests", "TcpRouting.Operator.Tests", "Packaging", "Tools", "validate-objects.mjs");
            var run = (await ToolRun.RunAsync(Repo.Tool("node"), [script, Repo.NodeModules, file])).ShouldSucceed("validate-objects.mjs");
            return JsonSerializer.Deserialize<Result[]>(run.Stdout, JsonSerializerOptions.Web)!;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
