using TcpRouting.Cluster.Tests.Harness;

namespace TcpRouting.Cluster.Tests;

/// <summary>With operator.watchNamespaces, the operator runs on the chart's namespaced Roles alone, unrefused, and the
/// published Service's address (in the unwatched release namespace) still reaches route statuses.</summary>
public sealed class WatchNamespacesTests(KubeEnv env)
{
    private const string Team = "cl-team";

    [Fact]
    public async Task The_operator_serves_a_watched_namespace_on_the_namespaced_roles_without_reading_secrets_elsewhere()
    {
        await env.Admin.ApplyAsync($"apiVersion: v1\nkind: Namespace\nmetadata: {{name: {Team}}}\n");
        var account = await ChartRelease.InstallAsync(env.Admin, "scoped", "cl-scoped", "--set", $"operator.watchNamespaces={{{Team}}}");
        await using var lab = await ClusterLab.CreateAsync(env, Team, account);
        var user = $"system:serviceaccount:{account.Namespace}:{account.Name}";
        (await env.Admin.TryAsync("auth", "can-i", "list", "secrets", "-A", "--as", user)).Stdout.Trim().Should().Be("no");
        (await env.Admin.TryAsync("auth", "can-i", "list", "secrets", "-n", Team, "--as", user)).Stdout.Trim().Should().Be("yes");

        // The chart's Service, published as the chart does: it lives in the release namespace, which is not watched.
        var proxy = await lab.StartOperatorAsync("op-scoped", ["scoped-tcp"], "--namespace", Team, "--publish-service", $"{account.Namespace}/{account.Name}");
        await env.Admin.ApplyAsync($$"""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata:
              name: scoped
              namespace: {{Team}}
            spec:
              entryPoints: [scoped-tcp]
              routes:
              - match: HostSNI(`*`)
                services:
                - name: alpha
                  port: {{Backends.ServicePort}}

            """);

        await Greeting.UntilAsync(proxy.Port("scoped-tcp"), "alpha", "the route in the watched namespace");
        await Eventually.ValueAsync(
            () => env.Admin.RunAsync("get", "ingressroutetcp", "scoped", "-n", Team, "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"),
            s => s == "True", "Ready written under the namespaced Role");
        // The load balancer's address on the published Service reaches the route's status all the same: the operator
        // watches Services where exposure keeps them, under the chart's Role there.
        await env.Admin.RunAsync("patch", "svc", account.Name, "-n", account.Namespace, "--subresource=status", "--type=merge", "-p", """{"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.44"}]}}}""");
        await Eventually.ValueAsync(
            () => env.Admin.RunAsync("get", "ingressroutetcp", "scoped", "-n", Team, "-o", "jsonpath={.status.loadBalancer.ingress[0].ip}"),
            s => s == "192.0.2.44", "the published address in the route's status");
        // A cluster-scoped object's Event lives in "default" (where the API server admits it and kubectl looks),
        // outside the watched namespace: the chart grants Events there, so the operator reports it unrefused.
        await env.Admin.ApplyAsync(ScopedClass);
        await Eventually.ValueAsync(
            () => env.Admin.RunAsync("get", "events", "-n", "default", "--field-selector", $"involvedObject.kind=GatewayClass,involvedObject.name={Team}",
                "-o", "jsonpath={.items[*].reportingComponent}"),
            s => s.Contains("tcprouting", StringComparison.Ordinal), "the GatewayClass's Event in default");
        lab.ShouldHaveNoRefusals();
        await env.Admin.TryWithInputAsync(ScopedClass, "delete", "-f", "-", "--ignore-not-found");
        await env.Admin.HelmAsync("uninstall", "scoped", "-n", "cl-scoped");
    }

    private static string ScopedClass => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: {Team}
        spec:
          controllerName: tcprouting.dev/gateway-controller

        """;
}
