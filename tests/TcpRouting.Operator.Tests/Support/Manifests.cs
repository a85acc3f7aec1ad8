namespace TcpRouting.Operator.Tests.Support;

/// <summary>YAML for the objects the tests serve: a static config, a catch-all route, its Service and EndpointSlice.</summary>
internal static class Manifests
{
    public static string Config(int port) => $"""
        entryPoints:
          tcp:
            address: "127.0.0.1:{port}"
        """;

    public static string Route(string name, string service, string match = "HostSNI(`*`)") => $"""
        apiVersion: traefik.io/v1alpha1
        kind: IngressRouteTCP
        metadata:
          name: {name}
          namespace: test
        spec:
          entryPoints: [tcp]
          routes:
            - match: {match}
              services:
                - name: {service}
                  port: 7000
        """;

    public static string Service(string name, int endpointPort) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
          namespace: test
        spec:
          ports:
            - name: tcp
              port: 7000
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: {name}-1
          namespace: test
          labels:
            kubernetes.io/service-name: {name}
        addressType: IPv4
        ports:
          - name: tcp
            port: {endpointPort}
        endpoints:
          - addresses: ["127.0.0.1"]
        """;
}
