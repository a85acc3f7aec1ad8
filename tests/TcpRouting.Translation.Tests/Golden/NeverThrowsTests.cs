using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Translation.Output;

namespace TcpRouting.Translation.Tests.Golden;

/// <summary>Translation is total: garbage and randomly mutated objects give statuses, never exceptions.</summary>
public sealed class NeverThrowsTests
{
    private static readonly string[] Kinds =
    [
        "IngressRouteTCP", "MiddlewareTCP", "TLSOption", "TLSStore", "ServersTransportTCP",
        "Service", "EndpointSlice", "Secret", "Gateway", "GatewayClass", "TCPRoute", "TLSRoute", "TCPIngress", "AgentEndpoint",
    ];

    [Fact]
    public void Garbage_objects_of_every_kind_get_a_status_and_no_exception()
    {
        var garbage = new List<KubeObject>();
        var values = new[] { "null", "42", "\"x\"", "[]", "[1, {}]", "{}", "{\"spec\": 1}", "{\"spec\": {\"routes\": \"x\"}}", "{\"spec\": {\"routes\": [null, 1, {}]}}" };
        foreach (var kind in Kinds)
        {
            foreach (var (value, i) in values.Select((v, i) => (v, i)))
            {
                var group = kind switch
                {
                    "Service" or "Secret" => "v1",
                    "EndpointSlice" => "discovery.k8s.io/v1",
                    "Gateway" or "GatewayClass" or "TCPRoute" or "TLSRoute" => "gateway.networking.k8s.io/v1alpha2",
                    "TCPIngress" => "configuration.konghq.com/v1beta1",
                    "AgentEndpoint" => "ngrok.k8s.ngrok.com/v1alpha1",
                    _ => "traefik.io/v1alpha1",
                };
                garbage.Add(new KubeObject(group, kind, "default", $"g{i}", JsonDocument.Parse(value).RootElement.Clone()));
            }
        }

        var result = Translate(garbage, GoldenFixtures.Snapshot("traefik-servers-transport").Config);

        result.Statuses.Where(s => s.Object.Kind == "IngressRouteTCP").Should().HaveCount(values.Length);
    }

    [Fact]
    public void Randomly_mutated_fixtures_translate_without_exceptions()
    {
        var random = new Random(20261122);
        foreach (var name in GoldenFixtures.Cases().Select(c => c.Data))
        {
            var snapshot = GoldenFixtures.Snapshot(name);
            for (var round = 0; round < 8; round++)
            {
                var mutated = snapshot.Objects.Select(o => random.Next(3) == 0 ? Mutate(o, random) : o).ToArray();
                var result = Translate(mutated, snapshot.Config);
                result.Statuses.Count(s => s.Object.Kind == "IngressRouteTCP")
                    .Should().Be(mutated.Where(o => o.Kind == "IngressRouteTCP").Select(o => (o.Namespace, o.Name)).Distinct().Count(), name);
            }
        }
    }

    private static TranslationResult Translate(IEnumerable<KubeObject> objects, StaticConfig config)
    {
        var result = Translator.Translate(ResourceSnapshot.Of(objects, config));
        RouteTableJson.Write(result).Should().NotBeEmpty();
        RouteTableText.Write(result).Should().NotBeEmpty();

        // The guard turns exceptions into statuses; Traefik translation should never need it.
        result.Statuses.Where(s => s.ApiVersion.StartsWith("traefik.", StringComparison.Ordinal))
            .SelectMany(s => s.Conditions).Should().NotContain(c => c.Reason == "TranslationError");
        return result;
    }

    private static KubeObject Mutate(KubeObject o, Random random)
    {
        var root = JsonNode.Parse(o.Json.GetRawText())!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        for (var i = 0; i < 1 + random.Next(3) && nodes.Count > 0; i++)
        {
            var target = nodes[random.Next(nodes.Count)];
            var replacement = RandomValue(random);
            switch (target.Parent)
            {
                case JsonObject parent:
                    parent[target.GetPropertyName()] = replacement;
                    break;
                case JsonArray array:
                    array[target.GetElementIndex()] = replacement;
                    break;
            }

            nodes.Clear();
            Collect(root, nodes);
        }

        var json = JsonDocument.Parse(root.ToJsonString()).RootElement.Clone();
        return o with { Json = json };
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    // Keep identity so the mutated object stays the same object (the status count is checked).
                    if (child is not null && key is not ("metadata" or "kind" or "apiVersion"))
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    nodes.Add(child);
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static JsonNode? RandomValue(Random random) => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 70000)),
        2 => JsonValue.Create(new string('x', random.Next(0, 5))),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray(JsonValue.Create(1), null, new JsonObject()),
        5 => new JsonObject { ["name"] = "x", ["port"] = "nope" },
        6 => JsonValue.Create("HostSNI(`*`) && (("),
        _ => JsonValue.Create(-1.5),
    };
}
