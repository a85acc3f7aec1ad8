using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>Every example object of the seed documents, of a kind we serve, validates against our CRDs (Gateway API kinds: against @kubernetes-models/gateway-api).</summary>
public sealed partial class SeedExampleTests
{
    [Fact]
    public async Task Every_seed_example_of_our_kinds_validates_against_the_generated_crds()
    {
        var ours = SeedExamples.Objects().Where(e => Catalogued(e.Object)).ToList();

        var results = await ObjectValidator.ValidateAsync(ours.Select(e => (e.Id, e.Object)));

        results.Where(r => !r.Ok).Should().BeEmpty();
        results.Should().OnlyContain(r => r.Validators.Contains("crd-schema") || r.Validators.Contains("@kubernetes-models/gateway-api"));
        ours.Select(e => (string)e.Object["kind"]!).Distinct().Should().Contain(["IngressRouteTCP", "MiddlewareTCP", "TCPIngress", "AgentEndpoint", "Gateway", "TCPRoute", "TLSRoute"]);
    }

    [Fact]
    public async Task The_seed_core_objects_validate_too()
    {
        // A value written as <base64-encoded-certificate> is a placeholder for the reader to fill in, not a value.
        var core = SeedExamples.Objects()
            .Where(e => !((string)e.Object["apiVersion"]!).Contains('.', StringComparison.Ordinal))
            .Where(e => !Placeholder().IsMatch(e.Object.ToJsonString(Relaxed)))
            .ToList();

        var results = await ObjectValidator.ValidateAsync(core.Select(e => (e.Id, e.Object)));

        core.Select(e => (string)e.Object["kind"]!).Should().Contain(["Service", "Deployment", "ConfigMap"]);
        results.Where(r => !r.Ok).Should().BeEmpty();
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"""<[a-z0-9-]+>""")]
    private static partial Regex Placeholder();

    private static bool Catalogued(JsonObject o)
    {
        var apiVersion = (string)o["apiVersion"]!;
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        return KnownCrds.Has(group, (string)o["kind"]!);
    }
}
