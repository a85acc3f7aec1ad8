using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>Seed 000's values (customResources as a list and as a map) render through our chart as written.</summary>
public sealed partial class SeedCustomResourcesTests
{
    public static TheoryData<string> Keys() => ["customResources", "customResourcesMap"];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task The_seed_values_render_an_ingress_route_that_validates(string key)
    {
        var values = SeedExamples.Blocks().Select(b => b.Yaml)
            .Where(y => ValuesKey().IsMatch(y) && Regex.IsMatch(y, $"^{key}:", RegexOptions.Multiline))
            .Should().ContainSingle().Subject;
        var file = Path.Combine(Path.GetTempPath(), $"tcpr-seed-values-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, values, TestContext.Current.CancellationToken);
        List<JsonObject> objects;
        try
        {
            objects = await Helm.TemplateAsync("-f", file, "--set", "captain_domain=example.com");
        }
        finally
        {
            File.Delete(file);
        }

        var route = objects.Single("IngressRouteTCP", "my-app-tcp");
        route["spec"]!["routes"]![0]!["match"]!.GetValue<string>().Should().Be("HostSNI(`tcprouting.apps.example.com`)");
        route["spec"]!["routes"]![0]!["services"]![0]!["name"]!.GetValue<string>().Should().Be("tcprouting");
        route["spec"]!["routes"]![0]!["services"]![0]!["namespace"]!.GetValue<string>().Should().Be(Helm.Namespace);
        route["metadata"]!["annotations"]!["external-dns.alpha.kubernetes.io/target"]!.GetValue<string>().Should().Be("public-v2.example.com");
        objects.Single("Deployment")["spec"]!["replicas"]!.GetValue<long>().Should().Be(1, "the seed asks for one replica");
        var results = await ObjectValidator.ValidateAsync(objects.Select(o => (Helm.Id(o), o)));
        results.Where(r => !r.Ok).Should().BeEmpty();
    }

    [GeneratedRegex(@"^deployment:", RegexOptions.Multiline)]
    private static partial Regex ValuesKey();
}
