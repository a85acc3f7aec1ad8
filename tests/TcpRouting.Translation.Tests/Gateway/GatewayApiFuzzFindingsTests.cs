using FluentAssertions;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests.Gateway;

/// <summary>
/// Fuzzing (issue 12): one malformed Gateway API or ngrok object once threw inside its family's guard, so every
/// route of the family was lost. Now the object alone carries the problem and the family's other objects translate.
/// </summary>
public sealed class GatewayApiFuzzFindingsTests
{
    private const string Good = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: { name: gw, namespace: default }
        spec:
          gatewayClassName: any
          listeners:
          - { name: tcp, port: 5432, protocol: TCP }
        ---
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TCPRoute
        metadata: { name: good, namespace: default }
        spec:
          parentRefs: [{ name: gw }]
          rules: [{ backendRefs: [{ name: db, port: 5432 }] }]
        ---
        apiVersion: ngrok.k8s.ngrok.com/v1alpha1
        kind: AgentEndpoint
        metadata: { name: good, namespace: default }
        spec: { url: "tcp://1.tcp.ngrok.io:20001", upstream: { url: "tcp://db:5432" } }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: db, namespace: default }
        spec: { clusterIP: 10.96.0.34, ports: [{ port: 5432 }] }
        """;

    [Theory]
    [InlineData("TCPRoute", "gateway.networking.k8s.io/v1alpha2", "{ parentRefs: [{ name: gw }], rules: [~] }")]
    [InlineData("TLSRoute", "gateway.networking.k8s.io/v1alpha2", "{ parentRefs: [{ name: gw }], rules: [~] }")]
    [InlineData("AgentEndpoint", "ngrok.k8s.ngrok.com/v1alpha1", "{ url: \"tcp://1.tcp.ngrok.io:20002\", upstream: ~ }")]
    [InlineData("AgentEndpoint", "ngrok.k8s.ngrok.com/v1alpha1", "{ url: \"tcp://1.tcp.ngrok.io:20002\" }")]
    public void A_malformed_object_is_its_own_problem_and_its_family_still_translates(string kind, string apiVersion, string spec)
    {
        var result = Translate($"{Good}\n---\napiVersion: {apiVersion}\nkind: {kind}\nmetadata: {{ name: bad, namespace: default }}\nspec: {spec}\n");

        result.Statuses.Should().NotContain(s => s.Object.Kind == "Translator");
        result.Statuses.Single(s => s.Object.Kind == kind && s.Object.Name == "bad").Problems.Should().NotBeEmpty();
        result.Statuses.Where(s => s.Object.Name == "good").Should().HaveCount(2).And.OnlyContain(s => s.IsAccepted);
    }

    [Theory]
    [InlineData("{ parentRefs: [{ name: gw }], rules: ~ }")]
    [InlineData("{ parentRefs: ~, rules: [{ backendRefs: [~] }] }")]
    public void Null_lists_and_items_read_as_empty(string spec)
    {
        var result = Translate($"{Good}\n---\napiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\nmetadata: {{ name: bad, namespace: default }}\nspec: {spec}\n");

        result.Statuses.Should().NotContain(s => s.Object.Kind == "Translator");
        result.Statuses.Should().ContainSingle(s => s.Object.Kind == "TLSRoute" && s.Object.Name == "bad");
    }

    [Theory]
    [InlineData("~")]
    [InlineData("\"4\"")]
    [InlineData("{a: 1}")]
    public void A_generation_that_is_not_a_number_reads_as_zero(string generation)
    {
        var result = Translate(Good.Replace("name: good, namespace: default }", $"name: good, namespace: default, generation: {generation} }}", StringComparison.Ordinal));

        result.Statuses.Should().NotContain(s => s.Object.Kind == "Translator");
        result.Statuses.Where(s => s.Object.Name == "good").Should().HaveCount(2).And.OnlyContain(s => s.IsAccepted && s.Generation == 0);
    }

    [Theory]
    [InlineData("gateway-translator-json-type.yaml")]
    [InlineData("gateway-translator-argument-null.yaml")]
    [InlineData("gateway-translator-null-reference.yaml")]
    [InlineData("ngrok-translator-null-reference.yaml")]
    public void A_fuzzing_reproducer_costs_no_family(string file)
    {
        var objects = ManifestReader.Read(TestFiles.Read($"TestData/Fuzz/{file}"), file).Objects;

        var result = Translator.Translate(ResourceSnapshot.Of(objects, settings: new TranslationSettings(TranslationSettings.DefaultGatewayControllerName, ManifestMode: true)));

        result.Statuses.Should().NotContain(s => s.Object.Kind == "Translator");
        result.Statuses.Should().NotContain(s => s.Conditions.Any(c => c.Reason == "TranslationError"));
    }

    private static TranslationResult Translate(string yaml) =>
        Translator.Translate(ResourceSnapshot.Of(TestFiles.Objects(yaml), settings: new TranslationSettings(TranslationSettings.DefaultGatewayControllerName, ManifestMode: true)));
}
