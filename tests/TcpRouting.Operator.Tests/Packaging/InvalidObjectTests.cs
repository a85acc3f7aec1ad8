using System.Text.Json.Nodes;
using FluentAssertions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>
/// Our CRD schemas refuse wrong types, unknown enum values, misspelt fields and missing required fields, and
/// accept the valid base. A change "path=" with no value removes the field.
/// </summary>
public sealed class InvalidObjectTests
{
    private const string Route = """
        {"apiVersion":"traefik.io/v1alpha1","kind":"IngressRouteTCP","metadata":{"name":"pg"},
         "spec":{"entryPoints":["postgres"],"routes":[{"match":"HostSNI(`*`)","services":[{"name":"pg","port":5432,"weight":1}]}],"tls":{"passthrough":true}}}
        """;

    private const string Options = """
        {"apiVersion":"traefik.io/v1alpha1","kind":"TLSOption","metadata":{"name":"mtls"},
         "spec":{"minVersion":"VersionTLS12","clientAuth":{"clientAuthType":"RequireAndVerifyClientCert","secretNames":["ca"]}}}
        """;

    private const string Gateway = """
        {"apiVersion":"gateway.networking.k8s.io/v1","kind":"Gateway","metadata":{"name":"gw"},
         "spec":{"gatewayClassName":"tcprouting","listeners":[{"name":"tls","port":9443,"protocol":"TLS","tls":{"mode":"Passthrough"}}]}}
        """;

    private const string Kong = """
        {"apiVersion":"configuration.konghq.com/v1beta1","kind":"TCPIngress","metadata":{"name":"echo"},
         "spec":{"rules":[{"port":9000,"backend":{"serviceName":"echo","servicePort":1025}}]}}
        """;

    private const string Middleware = """
        {"apiVersion":"traefik.io/v1alpha1","kind":"MiddlewareTCP","metadata":{"name":"allow"},"spec":{"ipAllowList":{"sourceRange":["10.0.0.0/8"]}}}
        """;

    // Gateway API objects are refused by the upstream CRDs, which TcpRouting.Cluster.Tests checks on a real server.
    public static TheoryData<string, string, string> Broken() => new()
    {
        { "entry points as a string", Route, "spec.entryPoints=\"postgres\"" },
        { "port as a boolean", Route, "spec.routes.0.services.0.port=true" },
        { "weight as text", Route, "spec.routes.0.services.0.weight=\"heavy\"" },
        { "passthrough as text", Route, "spec.tls.passthrough=\"yes\"" },
        { "misspelt match", Route, "spec.routes.0.mach=\"HostSNI(`*`)\"" },
        { "unknown client auth type", Options, "spec.clientAuth.clientAuthType=\"RequireEverything\"" },
        { "Kong rule port as text", Kong, "spec.rules.0.port=\"nine\"" },
        { "source range as one string", Middleware, "spec.ipAllowList.sourceRange=\"10.0.0.0/8\"" },
        { "route without match", Route, "spec.routes.0.match=" },
        { "route spec without routes", Route, "spec.routes=" },
        { "service without port", Route, "spec.routes.0.services.0.port=" },
        { "match as null", Route, "spec.routes.0.match=null" },
        { "Kong backend without servicePort", Kong, "spec.rules.0.backend.servicePort=" },
    };

    [Fact]
    public async Task The_valid_bases_are_accepted()
    {
        var results = await ObjectValidator.ValidateAsync([("route", Parse(Route)), ("options", Parse(Options)), ("gateway", Parse(Gateway)), ("kong", Parse(Kong)), ("middleware", Parse(Middleware))]);

        results.Should().OnlyContain(r => r.Ok, string.Join("\n", results));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_broken_object_is_refused_by_our_schema(string why, string valid, string change)
    {
        var broken = Parse(valid);
        var (path, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        Set(broken, path, value.Length == 0 ? Remove : JsonNode.Parse(value));

        var result = (await ObjectValidator.ValidateAsync([(why, broken)])).Should().ContainSingle().Subject;

        result.Ok.Should().BeFalse(why);
        result.Errors.Should().Contain(e => e.StartsWith("crd-schema:", StringComparison.Ordinal), "our CRD schema itself must refuse it");
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    // Stands for "no value at all", as opposed to JsonNode.Parse("null"), which is a null node.
    private static readonly JsonNode Remove = JsonValue.Create("<removed>");

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        JsonNode node = root;
        foreach (var segment in segments[..^1])
        {
            node = int.TryParse(segment, out var i) ? node[i]! : node[segment]!;
        }

        if (ReferenceEquals(value, Remove))
        {
            node.AsObject().Remove(segments[^1]);
        }
        else
        {
            node.AsObject()[segments[^1]] = value;
        }
    }
}
