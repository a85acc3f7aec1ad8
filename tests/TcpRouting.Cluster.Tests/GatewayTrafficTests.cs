using System.Text.Json.Nodes;
using TcpRouting.Cluster.Tests.Harness;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Cluster.Tests;

/// <summary>
/// Gateway API objects on the upstream v1.6.1 CRDs, and Kong's TCPIngress, as the seeds write them (in the
/// default namespace, so the seeds' verify commands run exactly as written, without -n).
/// </summary>
public sealed class GatewayTrafficTests(KubeEnv env)
{
    private const string Ns = "default";

    [Fact]
    public async Task Gateway_tcp_and_tls_routes_get_the_spec_status_carry_traffic_and_the_seed_commands_print_it()
    {
        await using var lab = await ClusterLab.CreateAsync(env, Ns);
        var tcpPort = FreeTcpPort.Next();
        var tlsPort = FreeTcpPort.Next();
        await lab.StartOperatorAsync("op-gateway", []);

        await env.Admin.ApplyAsync(Gateway(tcpPort, tlsPort));
        await Greeting.UntilAsync(tcpPort, "alpha", "the TCPRoute on listener stream9000");

        // Seed 003's check, as written.
        var accepted = await Eventually.ValueAsync(
            () => SeedCommandAsync("kubectl get tcproute echo-plaintext -ojsonpath='{.status.parents[0].conditions[?(@.reason==\"Accepted\")]}'"),
            o => o.Contains("\"status\":\"True\"", StringComparison.Ordinal), "the TCPRoute's Accepted condition");
        var condition = JsonNode.Parse(accepted)!;
        ((string?)condition["type"]).Should().Be("Accepted");
        ((long?)condition["observedGeneration"]).Should().Be(1);

        var tls = await Eventually.ValueAsync(() => env.Admin.GetJsonAsync("tlsroute", "echo-tls", Ns), r => r["status"]?["parents"] is JsonArray { Count: > 0 }, "TLSRoute status");
        var parent = tls["status"]!["parents"]![0]!;
        ((string?)parent["controllerName"]).Should().Be("tcprouting.dev/gateway-controller");
        ((string?)parent["parentRef"]!["sectionName"]).Should().Be("stream9443");
        StatusConditions.Of(parent).Should().Contain([("Accepted", "True"), ("ResolvedRefs", "True")]);

        var gateway = await Eventually.ValueAsync(() => env.Admin.GetJsonAsync("gateway", "kong", Ns), g => StatusConditions.Of(g["status"]).Contains(("Programmed", "True")), "Gateway Programmed");
        StatusConditions.Of(gateway["status"]).Should().Contain(("Accepted", "True"));
        gateway["status"]!["listeners"]!.AsArray().Select(l => ((string?)l!["name"], (long?)l["attachedRoutes"]))
            .Should().BeEquivalentTo([("stream9000", 1L), ("stream9443", 1L)]);
        var gatewayClass = await env.Admin.GetJsonAsync("gatewayclass", "kong");
        StatusConditions.Of(gatewayClass["status"]).Should().Contain(("Accepted", "True"));
        (await env.Admin.RunAsync("get", "gateway", "kong")).Should().Contain("PROGRAMMED").And.Contain("True");

        await env.Admin.RunAsync("patch", "tcproute", "echo-plaintext", "--type=json", "-p", """[{"op":"replace","path":"/spec/rules/0/backendRefs/0/name","value":"beta"}]""");
        await Greeting.UntilAsync(tcpPort, "beta", "the patched TCPRoute");
        await env.Admin.RunAsync("delete", "tcproute", "echo-plaintext");
        await Greeting.UntilAsync(tcpPort, null, "the deleted TCPRoute");
        await env.Admin.TryWithInputAsync(Gateway(tcpPort, tlsPort), "delete", "-f", "-", "--ignore-not-found");
        lab.ShouldHaveNoRefusals();
    }

    [Fact]
    public async Task A_kong_tcpingress_carries_traffic_and_kubectl_get_tcpingress_lists_it_ready()
    {
        await using var lab = await ClusterLab.CreateAsync(env, Ns);
        var port = FreeTcpPort.Next();
        await lab.StartOperatorAsync("op-kong", []);

        await env.Admin.ApplyAsync($"""
            apiVersion: configuration.konghq.com/v1beta1
            kind: TCPIngress
            metadata:
              name: echo-plaintext
            spec:
              rules:
              - port: {port}
                backend:
                  serviceName: alpha
                  servicePort: {Backends.ServicePort}

            """);
        await Greeting.UntilAsync(port, "alpha", "the TCPIngress");

        // Seed 003's check, as written.
        var table = await Eventually.ValueAsync(() => SeedCommandAsync("kubectl get tcpingress"), t => t.Contains("True", StringComparison.Ordinal), "TCPIngress READY");
        table.Split('\n')[0].Should().ContainAll("NAME", "ADDRESS", "READY", "AGE");
        table.Should().Contain("echo-plaintext");
        await env.Admin.RunAsync("delete", "tcpingress", "echo-plaintext");
        await Greeting.UntilAsync(port, null, "the deleted TCPIngress");
        lab.ShouldHaveNoRefusals();
    }

    private Task<string> SeedCommandAsync(string command) => ShellAsync(env.Admin.Kubeconfig, command);

    /// <summary>A command line exactly as a document writes it, run by bash with kubectl on PATH.</summary>
    internal static async Task<string> ShellAsync(string kubeconfig, string command)
    {
        var path = Path.GetDirectoryName(Repo.Tool("kubectl"))! + ":" + Environment.GetEnvironmentVariable("PATH");
        var run = await Command.RunAsync("bash", ["-c", command], TimeSpan.FromMinutes(1), environment: new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig, ["PATH"] = path });
        return run.ExitCode == 0 ? run.Stdout : throw new Xunit.Sdk.XunitException(run.ToString());
    }

    private static string Gateway(int tcpPort, int tlsPort) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: kong
        spec:
          controllerName: tcprouting.dev/gateway-controller
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: kong
          namespace: {Ns}
        spec:
          gatewayClassName: kong
          listeners:
          - name: stream9000
            port: {tcpPort}
            protocol: TCP
          - name: stream9443
            port: {tlsPort}
            protocol: TLS
            hostname: tls9443.kong.example
            tls:
              mode: Passthrough
        ---
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TCPRoute
        metadata:
          name: echo-plaintext
          namespace: {Ns}
        spec:
          parentRefs:
          - name: kong
            sectionName: stream9000
          rules:
          - backendRefs:
            - name: alpha
              port: {Backends.ServicePort}
        ---
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TLSRoute
        metadata:
          name: echo-tls
          namespace: {Ns}
        spec:
          parentRefs:
          - name: kong
            sectionName: stream9443
          hostnames: [tls9443.kong.example]
          rules:
          - backendRefs:
            - name: beta
              port: {Backends.ServicePort}

        """;
}
