using System.Text.Json.Nodes;

namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>Objects as a user would apply them, for the fake API server.</summary>
internal static class Manifests
{
    public static JsonObject Service(string ns, string name, int port) => Node($$$"""
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "spec":{"ports":[{"name":"main","port":{{{port}}},"targetPort":{{{port}}} }]}}
        """);

    public static JsonObject Slice(string ns, string service, int port, string ip) => Node($$$"""
        {"apiVersion":"discovery.k8s.io/v1","kind":"EndpointSlice","addressType":"IPv4",
         "metadata":{"name":"{{{service}}}-x1","namespace":"{{{ns}}}","labels":{"kubernetes.io/service-name":"{{{service}}}"}},
         "ports":[{"name":"main","port":{{{port}}} }],
         "endpoints":[{"addresses":["{{{ip}}}"],"conditions":{"ready":true}}]}
        """);

    public static JsonObject IngressRouteTcp(string ns, string name, string match, string service, string? ingressClass = null, string entryPoint = "postgres")
    {
        var annotations = ingressClass is null ? string.Empty : $$$""","annotations":{"kubernetes.io/ingress.class":"{{{ingressClass}}}"}""";
        return Node($$$"""
            {"apiVersion":"traefik.io/v1alpha1","kind":"IngressRouteTCP","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"{{{annotations}}} },
             "spec":{"entryPoints":["{{{entryPoint}}}"],"routes":[{"match":"{{{match}}}","services":[{"name":"{{{service}}}","port":5432}]}],"tls":{"passthrough":true} } }
            """);
    }

    public static JsonObject TcpIngress(string ns, string name, int port, string service) => Node($$$"""
        {"apiVersion":"configuration.konghq.com/v1beta1","kind":"TCPIngress",
         "metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}","annotations":{"kubernetes.io/ingress.class":"tcprouting"}},
         "spec":{"rules":[{"port":{{{port}}},"backend":{"serviceName":"{{{service}}}","servicePort":5432}}]}}
        """);

    public static JsonObject GatewayClass(string name, string controller) => Node($$$"""
        {"apiVersion":"gateway.networking.k8s.io/v1","kind":"GatewayClass","metadata":{"name":"{{{name}}}"},"spec":{"controllerName":"{{{controller}}}"}}
        """);

    public static JsonObject Gateway(string ns, string name, string className, int port) => Node($$$"""
        {"apiVersion":"gateway.networking.k8s.io/v1","kind":"Gateway","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "spec":{"gatewayClassName":"{{{className}}}","listeners":[{"name":"tcp","port":{{{port}}},"protocol":"TCP"}]}}
        """);

    public static JsonObject TcpRoute(string ns, string name, string gateway, string service) => Node($$$"""
        {"apiVersion":"gateway.networking.k8s.io/v1alpha2","kind":"TCPRoute","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "spec":{"parentRefs":[{"name":"{{{gateway}}}"}],"rules":[{"backendRefs":[{"name":"{{{service}}}","port":5432}]}]}}
        """);

    /// <summary>A Kong TCPIngress that terminates TLS for <paramref name="host"/> with the certificate in Secret <paramref name="secret"/>.</summary>
    public static JsonObject TcpIngressTls(string ns, string name, int port, string host, string secret, string service) => Node($$$"""
        {"apiVersion":"configuration.konghq.com/v1beta1","kind":"TCPIngress",
         "metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}","annotations":{"kubernetes.io/ingress.class":"tcprouting"}},
         "spec":{"rules":[{"host":"{{{host}}}","port":{{{port}}},"backend":{"serviceName":"{{{service}}}","servicePort":5432}}],
                 "tls":[{"hosts":["{{{host}}}"],"secretName":"{{{secret}}}"}]}}
        """);

    public static JsonObject TlsSecret(string ns, string name, string certificatePem, string keyPem) => Node($$$"""
        {"apiVersion":"v1","kind":"Secret","type":"kubernetes.io/tls","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "data":{"tls.crt":"{{{TestCertificates.B64(certificatePem)}}}","tls.key":"{{{TestCertificates.B64(keyPem)}}}"}}
        """);

    /// <summary>A TCPRoute whose backendRef names a Service in <paramref name="serviceNamespace"/>.</summary>
    public static JsonObject TcpRouteTo(string ns, string name, string gateway, string serviceNamespace, string service) => Node($$$"""
        {"apiVersion":"gateway.networking.k8s.io/v1alpha2","kind":"TCPRoute","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "spec":{"parentRefs":[{"name":"{{{gateway}}}"}],"rules":[{"backendRefs":[{"name":"{{{service}}}","namespace":"{{{serviceNamespace}}}","port":5432}]}]}}
        """);

    /// <summary>A ReferenceGrant in <paramref name="ns"/> letting TCPRoutes of <paramref name="fromNamespace"/> use its Services.</summary>
    public static JsonObject ServiceGrant(string ns, string name, string fromNamespace) => Node($$$"""
        {"apiVersion":"gateway.networking.k8s.io/v1beta1","kind":"ReferenceGrant","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "spec":{"from":[{"group":"gateway.networking.k8s.io","kind":"TCPRoute","namespace":"{{{fromNamespace}}}"}],"to":[{"group":"","kind":"Service"}]}}
        """);

    private static JsonObject Node(string json) => JsonNode.Parse(json)!.AsObject();
}
