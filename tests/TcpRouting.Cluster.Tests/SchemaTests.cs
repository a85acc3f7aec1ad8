using System.Text.Json.Nodes;
using TcpRouting.Cluster.Tests.Harness;

namespace TcpRouting.Cluster.Tests;

/// <summary>
/// The examples users copy (seed documents, golden fixture inputs) pass the real server's validation
/// (`--dry-run=server`: schema, strict fields, admission), and broken objects are refused by the schema.
/// </summary>
public sealed class SchemaTests(KubeEnv env) : IAsyncLifetime
{
    // The kinds we serve (seeds also show kinds of other products, e.g. ngrok's CloudEndpoint).
    private static readonly HashSet<string> OurKinds =
    [
        "traefik.io/IngressRouteTCP", "traefik.io/MiddlewareTCP", "traefik.io/TLSOption", "traefik.io/TLSStore", "traefik.io/ServersTransportTCP",
        "traefik.containo.us/IngressRouteTCP", "traefik.containo.us/MiddlewareTCP", "traefik.containo.us/TLSOption", "traefik.containo.us/TLSStore",
        "configuration.konghq.com/TCPIngress", "ngrok.k8s.ngrok.com/AgentEndpoint",
        "gateway.networking.k8s.io/GatewayClass", "gateway.networking.k8s.io/Gateway", "gateway.networking.k8s.io/TCPRoute",
        "gateway.networking.k8s.io/TLSRoute", "gateway.networking.k8s.io/ReferenceGrant",
    ];

    // Fixtures whose objects the real server refuses, as it should: broken on purpose (the translator's answer
    // to a malformed object is what they test), or refused by the upstream v1.6 CRDs' CEL rules (listeners that
    // share port, protocol and hostname; two parentRefs to one Gateway without sectionName), which the
    // translator still handles for clusters with older CRDs.
    private static readonly HashSet<string> BrokenOnPurpose = ["traefik-invalid-spec", "gateway-listener-conflicts", "gateway-tcproute-sectionname-mismatch"];

    public async ValueTask InitializeAsync() => await Crds.InstallAsync(env.Admin);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_seed_example_of_our_kinds_passes_server_side_dry_run()
    {
        var objects = SeedExamples.Objects().Select(e => e.Object).Where(Ours).ToList();

        objects.Select(o => (string)o["kind"]!).Distinct().Should().Contain(["IngressRouteTCP", "MiddlewareTCP", "TCPIngress", "AgentEndpoint", "Gateway", "TCPRoute"]);
        await DryRunAsync(objects);
    }

    [Fact]
    public async Task Every_golden_fixture_input_of_our_kinds_passes_server_side_dry_run()
    {
        var all = Directory.GetDirectories(Path.Combine(Repo.Root, "tests", "TcpRouting.Translation.Tests", "Fixtures")).Order(StringComparer.Ordinal).ToList();
        var fixtures = all.Where(f => !BrokenOnPurpose.Contains(Path.GetFileName(f))).ToList();
        all.Should().Contain(f => BrokenOnPurpose.Contains(Path.GetFileName(f)));
        var objects = fixtures.SelectMany(f => YamlDocuments.Parse(File.ReadAllText(Path.Combine(f, "input.yaml"))).Where(Ours)).ToList();

        objects.Should().HaveCountGreaterThan(fixtures.Count);
        // The legacy group's fixtures need its CRDs, which nothing else here installs (kubectl would resolve
        // `ingressroutetcps` to them): installed for this check only.
        await env.Admin.RunAsync("apply", "--server-side", "-f", Crds.OursLegacy);
        try
        {
            await env.Admin.RunAsync("wait", "--for", "condition=Established", "crd", "--all", "--timeout", "60s");
            await DryRunAsync(objects);
        }
        finally
        {
            await env.Admin.RunAsync("delete", "-f", Crds.OursLegacy, "--wait");
        }

        foreach (var broken in all.Except(fixtures))
        {
            var run = await env.Admin.TryWithInputAsync(await File.ReadAllTextAsync(Path.Combine(broken, "input.yaml"), TestContext.Current.CancellationToken), "apply", "--dry-run=server", "-f", "-");
            run.ExitCode.Should().NotBe(0, $"{Path.GetFileName(broken)} is broken on purpose");
        }
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        { "entry points as a string", Route.Replace("entryPoints: [postgres]", "entryPoints: postgres", StringComparison.Ordinal), "spec.entryPoints" },
        { "port as a boolean", Route.Replace("port: 5432", "port: true", StringComparison.Ordinal), "spec.routes[0].services[0].port" },
        { "passthrough as text", Route.Replace("passthrough: true", "passthrough: \"yes\"", StringComparison.Ordinal), "spec.tls.passthrough" },
        { "misspelt match", Route.Replace("- match:", "- mach:", StringComparison.Ordinal), "mach" },
        { "route spec without routes", Route[..Route.IndexOf("  routes:", StringComparison.Ordinal)], "spec.routes" },
        {
            "Kong rule port as text",
            "apiVersion: configuration.konghq.com/v1beta1\nkind: TCPIngress\nmetadata: {name: echo}\nspec:\n  rules:\n  - port: nine\n    backend: {serviceName: echo, servicePort: 1025}\n",
            "spec.rules[0].port"
        },
        { "AgentEndpoint without url", "apiVersion: ngrok.k8s.ngrok.com/v1alpha1\nkind: AgentEndpoint\nmetadata: {name: aep}\nspec:\n  upstream: {url: 'tcp://svc:80'}\n", "spec.url" },
        {
            "AgentEndpoint client certificate without name",
            "apiVersion: ngrok.k8s.ngrok.com/v1alpha1\nkind: AgentEndpoint\nmetadata: {name: aep}\nspec:\n  url: tcp://0.0.0.0:9000\n  upstream: {url: 'tcp://svc:80'}\n  clientCertificateRefs: [{namespace: default}]\n",
            "spec.clientCertificateRefs[0].name"
        },
        { "unknown listener TLS mode", Gateway.Replace("mode: Passthrough", "mode: Reencrypt", StringComparison.Ordinal), "spec.listeners[0].tls.mode" },
        { "listener port as text", Gateway.Replace("port: 9443", "port: tls", StringComparison.Ordinal), "spec.listeners[0].port" },
        { "gateway without class", Gateway.Replace("  gatewayClassName: tcprouting\n", "", StringComparison.Ordinal), "spec.gatewayClassName" },
        { "source range as one string", "apiVersion: traefik.io/v1alpha1\nkind: MiddlewareTCP\nmetadata: {name: allow}\nspec:\n  ipAllowList: {sourceRange: 10.0.0.0/8}\n", "spec.ipAllowList.sourceRange" },
    };

    private const string Gateway = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw}
        spec:
          gatewayClassName: tcprouting
          listeners:
          - name: tls
            port: 9443
            protocol: TLS
            tls:
              mode: Passthrough

        """;

    private const string Route = """
        apiVersion: traefik.io/v1alpha1
        kind: IngressRouteTCP
        metadata: {name: pg}
        spec:
          entryPoints: [postgres]
          tls:
            passthrough: true
          routes:
          - match: HostSNI(`*`)
            services:
            - name: pg
              port: 5432

        """;

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Broken_objects_are_refused_by_the_schema(string why, string yaml, string field)
    {
        var valid = await env.Admin.TryWithInputAsync(Route + "---\n" + Gateway, "apply", "--dry-run=server", "-n", "default", "-f", "-");
        var run = await env.Admin.TryWithInputAsync(yaml, "apply", "--dry-run=server", "-n", "default", "-f", "-");

        valid.ExitCode.Should().Be(0, valid.ToString());
        run.ExitCode.Should().NotBe(0, why);
        run.Stderr.Should().Contain(field, why);
    }

    private static bool Ours(JsonObject o) =>
        OurKinds.Contains($"{((string?)o["apiVersion"] ?? string.Empty).Split('/')[0]}/{o["kind"]}");

    private async Task DryRunAsync(IEnumerable<JsonObject> objects)
    {
        var list = objects.ToList();
        // Nothing is stored, so names may repeat across sources; their namespaces must exist (admission checks).
        var namespaces = list.Select(o => (string?)o["metadata"]!["namespace"]).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(n => new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = n } });
        await env.Admin.ApplyAsync(Json(namespaces));

        var run = await env.Admin.TryWithInputAsync(Json(list), "apply", "--dry-run=server", "-f", "-");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(list.Count).And.OnlyContain(l => l.EndsWith("(server dry run)", StringComparison.Ordinal));
    }

    private static string Json(IEnumerable<JsonObject> objects) =>
        new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = new JsonArray([.. objects.Select(o => o.DeepClone())]) }.ToJsonString();
}
