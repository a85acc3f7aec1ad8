namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>Services without selectors and the EndpointSlices that place them in the test's network namespace.</summary>
public static class Backends
{
    public const int ServicePort = 8000;

    /// <summary>Service <paramref name="name"/> (port 8000, named tcp) whose one endpoint is <paramref name="backend"/>.</summary>
    public static string Service(string ns, string name, BackendNetwork network, BannerBackend backend) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          ports:
          - name: tcp
            port: {ServicePort}
            targetPort: {backend.Port}
            protocol: TCP
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: {name}-1
          namespace: {ns}
          labels:
            kubernetes.io/service-name: {name}
        addressType: IPv4
        ports:
        - name: tcp
          port: {backend.Port}
          protocol: TCP
        endpoints:
        - addresses: ["{network.Address}"]
          conditions:
            ready: true

        """;
}
