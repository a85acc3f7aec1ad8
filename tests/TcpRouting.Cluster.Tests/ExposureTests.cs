using System.Text.Json.Nodes;
using TcpRouting.Cluster.Tests.Harness;
using TcpRouting.Testing.Network;

namespace TcpRouting.Cluster.Tests;

/// <summary>
/// Issue 14 on the real API server: a Gateway gets a Service of its own and its address, ports that a TCPIngress
/// opens at run time go onto the published Service and leave with the route, and the test plays the cloud's load
/// balancer by patching Service status (kube-env has no cloud).
/// </summary>
public sealed class ExposureTests(KubeEnv env)
{
    private const string Ns = "default";

    [Fact]
    public async Task A_gateway_gets_its_own_service_and_address_and_a_tcpingress_port_rides_on_the_published_service()
    {
        await using var lab = await ClusterLab.CreateAsync(env, Ns);
        var release = lab.Account.Namespace;
        var gatewayPort = FreeTcpPort.Next();
        var ingressPort = FreeTcpPort.Next();
        await lab.StartOperatorAsync("op-expose", [],
            "--publish-service", $"{release}/tcprouting", "--pod-selector", "app.kubernetes.io/name=tcprouting", "--gateway-service-type", "LoadBalancer");
        await env.Admin.ApplyAsync(Objects(gatewayPort, ingressPort));

        // The Gateway's Service: in the operator's namespace (a selector only selects pods there), one port per listener.
        var service = await Eventually.ValueAsync(
            () => GatewayServiceAsync(release),
            s => s is not null && Ports(s).Contains(gatewayPort), "the Gateway's Service with its listener port");
        ((string?)service!["spec"]!["type"]).Should().Be("LoadBalancer");
        ((string?)service["spec"]!["selector"]!["app.kubernetes.io/name"]).Should().Be("tcprouting");
        ((string?)service["metadata"]!["annotations"]!["example.com/internal"]).Should().Be("true", "spec.infrastructure annotations go onto the Service");
        var gateway = await env.Admin.GetJsonAsync("gateway", "edge", Ns);
        StatusConditions.Find(gateway["status"], "Programmed").Should().Be(("False", "AddressNotAssigned"), "no load balancer has answered yet");

        var name = (string)service["metadata"]!["name"]!;
        await env.Admin.RunAsync("patch", "svc", name, "-n", release, "--subresource=status", "--type=merge", "-p", """{"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.10"}]}}}""");
        gateway = await Eventually.ValueAsync(() => env.Admin.GetJsonAsync("gateway", "edge", Ns), g => StatusConditions.Find(g["status"], "Programmed").Status == "True", "the Gateway Programmed with an address");
        ((string?)gateway["status"]!["addresses"]![0]!["value"]).Should().Be("192.0.2.10");
        (await env.Admin.RunAsync("get", "gateway", "edge")).Should().Contain("192.0.2.10");

        // The TCPIngress port appears on the published Service, its address in `kubectl get tcpingress`.
        await Eventually.ValueAsync(() => PortsOfAsync("tcprouting", release), p => p.Contains(ingressPort), "the TCPIngress port on the published Service");
        await env.Admin.RunAsync("patch", "svc", "tcprouting", "-n", release, "--subresource=status", "--type=merge", "-p", """{"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.3"}]}}}""");
        await Eventually.ValueAsync(() => env.Admin.RunAsync("get", "tcpingress", "expose-echo"), t => t.Contains("192.0.2.3", StringComparison.Ordinal), "the TCPIngress ADDRESS");

        await env.Admin.RunAsync("delete", "tcpingress", "expose-echo");
        await Eventually.ValueAsync(() => PortsOfAsync("tcprouting", release), p => !p.Contains(ingressPort), "the port gone with its route");
        await env.Admin.RunAsync("delete", "gateway", "edge");
        await Eventually.ValueAsync(async () => await GatewayServiceAsync(release) is null ? "gone" : "present", s => s == "gone", "the Gateway's Service gone with its Gateway");
        (await PortsOfAsync("tcprouting", release)).Should().NotBeEmpty("helm's own ports stay");
        lab.ShouldHaveNoRefusals();
    }

    private async Task<JsonObject?> GatewayServiceAsync(string release)
    {
        var list = JsonNode.Parse(await env.Admin.RunAsync("get", "svc", "-n", release, "-l", "tcprouting.dev/gateway-name=edge", "-o", "json"))!;
        return list["items"]!.AsArray().FirstOrDefault()?.AsObject();
    }

    private async Task<int[]> PortsOfAsync(string service, string ns) =>
        Ports(JsonNode.Parse(await env.Admin.RunAsync("get", "svc", service, "-n", ns, "-o", "json"))!.AsObject());

    private static int[] Ports(JsonObject service) => [.. service["spec"]!["ports"]!.AsArray().Select(p => (int)p!["port"]!)];

    private static string Objects(int gatewayPort, int ingressPort) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: expose
        spec:
          controllerName: tcprouting.dev/gateway-controller
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: edge
          namespace: {Ns}
        spec:
          gatewayClassName: expose
          infrastructure:
            annotations:
              example.com/internal: "true"
          listeners:
          - name: stream
            port: {gatewayPort}
            protocol: TCP
        ---
        apiVersion: configuration.konghq.com/v1beta1
        kind: TCPIngress
        metadata:
          name: expose-echo
          namespace: {Ns}
        spec:
          rules:
          - port: {ingressPort}
            backend:
              serviceName: alpha
              servicePort: {Backends.ServicePort}

        """;
}
