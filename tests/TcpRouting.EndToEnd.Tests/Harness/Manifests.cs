using System.Text;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>
/// YAML for the objects a cluster would hold: a Service plus an EndpointSlice per backend (so tests
/// point routes at loopback ports), kubernetes.io/tls Secrets, and Traefik IngressRouteTCPs.
/// </summary>
internal static class Manifests
{
    /// <summary>A Service on port <paramref name="servicePort"/> whose endpoints are 127.0.0.1 on each of <paramref name="targetPorts"/>
    /// (one EndpointSlice per target port, since a slice carries one port list for all its endpoints).</summary>
    public static string Service(string name, int servicePort, params int[] targetPorts)
    {
        var yaml = new StringBuilder($"""
            apiVersion: v1
            kind: Service
            metadata:
              name: {name}
              namespace: default
            spec:
              ports:
                - name: tcp
                  port: {servicePort}
                  protocol: TCP

            """);
        for (var i = 0; i < targetPorts.Length; i++)
        {
            yaml.Append($"""
                ---
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata:
                  name: {name}-{i}
                  namespace: default
                  labels:
                    kubernetes.io/service-name: {name}
                addressType: IPv4
                endpoints:
                  - addresses: ["127.0.0.1"]
                    conditions:
                      ready: true
                ports:
                  - name: tcp
                    port: {targetPorts[i]}
                    protocol: TCP

                """);
        }

        return yaml.ToString();
    }

    public static string TlsSecret(string name, string certPem, string keyPem) => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: {name}
          namespace: default
        type: kubernetes.io/tls
        data:
          tls.crt: {Convert.ToBase64String(Encoding.ASCII.GetBytes(certPem))}
          tls.key: {Convert.ToBase64String(Encoding.ASCII.GetBytes(keyPem))}

        """;

    /// <summary>An IngressRouteTCP with one route. <paramref name="tls"/>: null (plain), "passthrough", or a Secret name to terminate with.</summary>
    public static string IngressRouteTcp(string name, string entryPoint, string match, string? tls, params WeightedService[] services)
    {
        var yaml = new StringBuilder($"""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata:
              name: {name}
              namespace: default
            spec:
              entryPoints:
                - {entryPoint}
              routes:
                - match: {match}
                  services:

            """);
        foreach (var service in services)
        {
            yaml.Append($"        - name: {service.Name}\n          port: {service.Port}\n");
            if (service.Weight is { } weight)
            {
                yaml.Append($"          weight: {weight}\n");
            }
        }

        if (tls == "passthrough")
        {
            yaml.Append("  tls:\n    passthrough: true\n");
        }
        else if (tls is not null)
        {
            yaml.Append($"  tls:\n    secretName: {tls}\n");
        }

        return yaml.ToString();
    }

    public static string HostSni(string host) => $"HostSNI(`{host}`)";

    public const string CatchAll = "HostSNI(`*`)";
}
