using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TcpRouting.Cluster.Tests.Harness;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Cluster.Tests;

/// <summary>
/// The fake API server (tests/TcpRouting.Testing) refuses the CRDs the real one refused, and accepts the ones it
/// accepts: each case goes to both.
/// </summary>
public sealed class FakeAgreementTests(KubeEnv env)
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "our AgentEndpoint CRD", "" },
        { "an array without items", "items: Required value" },
        { "the upstream GatewayClass CRD", "" },
        { "a Gateway API CRD without the approval annotation", "protected groups must have approval annotation" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_fake_refuses_and_accepts_crds_as_the_real_server_does(string what, string refusal)
    {
        var crd = Crd(what);
        await using var fake = await FakeApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = fake.Url };

        var real = await env.Admin.TryWithInputAsync(crd.ToJsonString(), "create", "--dry-run=server", "-f", "-");
        using var answer = await http.PostAsJsonAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd, TestContext.Current.CancellationToken);
        var body = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        if (refusal.Length == 0)
        {
            real.ExitCode.Should().Be(0, real.ToString());
            answer.StatusCode.Should().Be(HttpStatusCode.Created, body);
        }
        else
        {
            real.Stderr.Should().Contain(refusal);
            answer.StatusCode.Should().Be((HttpStatusCode)422, body);
            body.Should().Contain(refusal);
        }
    }

    private static JsonObject Crd(string what)
    {
        var agentEndpoint = Load(Path.Combine(Crds.Ours, "ngrok.k8s.ngrok.com_agentendpoints.yaml"));
        var gatewayClass = Load(Path.Combine(Crds.UpstreamGatewayApi, "gatewayclasses.yaml"));
        switch (what)
        {
            case "an array without items":
                // The shape `tcprouting crds` once wrote for AgentEndpoint.spec.clientCertificateRefs.
                agentEndpoint["spec"]!["versions"]![0]!["schema"]!["openAPIV3Schema"]!["properties"]!["spec"]!["properties"]!["clientCertificateRefs"]!.AsObject().Remove("items");
                return agentEndpoint;
            case "the upstream GatewayClass CRD":
                return gatewayClass;
            case "a Gateway API CRD without the approval annotation":
                gatewayClass["metadata"]!["annotations"]!.AsObject().Remove("api-approved.kubernetes.io");
                return gatewayClass;
            default:
                return agentEndpoint;
        }
    }

    /// <summary>The CRD under a name of its own, so creating it never meets the one other tests installed.</summary>
    private static JsonObject Load(string path)
    {
        var crd = YamlDocuments.Parse(File.ReadAllText(path)).Single();
        var names = crd["spec"]!["names"]!;
        var (plural, kind) = ("check" + (string)names["plural"]!, "Check" + (string)names["kind"]!);
        names["plural"] = plural;
        names["singular"] = kind.ToLowerInvariant();
        names["kind"] = kind;
        names["listKind"] = kind + "List";
        names.AsObject().Remove("shortNames");
        crd["metadata"]!["name"] = $"{plural}.{crd["spec"]!["group"]}";
        return crd;
    }
}
