namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>The IngressRouteTCP the scenarios apply: every connection on one entry point to one Service.</summary>
public static class Routes
{
    public static string CatchAll(string ns, string name, string entryPoint, string service) => $$"""
        apiVersion: traefik.io/v1alpha1
        kind: IngressRouteTCP
        metadata:
          name: {{name}}
          namespace: {{ns}}
        spec:
          entryPoints: [{{entryPoint}}]
          routes:
          - match: HostSNI(`*`)
            services:
            - name: {{service}}
              port: {{Backends.ServicePort}}

        """;

    public static string[] Reroute(string ns, string name, string service) =>
        ["patch", "ingressroutetcp", name, "-n", ns, "--type=json", "-p", $$"""[{"op":"replace","path":"/spec/routes/0/services/0/name","value":"{{service}}"}]"""];

    /// <summary>kubectl arguments printing the route's Ready condition status.</summary>
    public static string[] Ready(string ns, string name) =>
        ["get", "ingressroutetcp", name, "-n", ns, "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"];
}
