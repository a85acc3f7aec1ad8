using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace TcpRouting.Translation.Tests.Gateway;

/// <summary>Builds Kubernetes objects for translator tests from anonymous objects (camelCase as written).</summary>
internal static class K8s
{
    public const string GatewayGroup = "gateway.networking.k8s.io";

    public static KubeObject Obj(object json) => KubeObject.FromJson(JsonSerializer.SerializeToElement(json));

    public static object Meta(string ns, string name, int minute = 0, long generation = 1, object? labels = null) => new
    {
        name,
        @namespace = ns,
        generation,
        creationTimestamp = $"2024-01-01T00:{minute:00}:00Z",
        labels,
    };

    public static KubeObject Namespace(string name, object labels) =>
        Obj(new { apiVersion = "v1", kind = "Namespace", metadata = new { name, labels } });

    public static KubeObject Service(string ns, string name, int port) =>
        Obj(new { apiVersion = "v1", kind = "Service", metadata = new { name, @namespace = ns }, spec = new { ports = new[] { new { name = "main", port } } } });

    public static KubeObject Slice(string ns, string service, int targetPort, params string[] ips) => Obj(new
    {
        apiVersion = "discovery.k8s.io/v1",
        kind = "EndpointSlice",
        metadata = new { name = $"{service}-abc", @namespace = ns, labels = new Dictionary<string, string> { ["kubernetes.io/service-name"] = service } },
        ports = new[] { new { name = "main", port = targetPort } },
        endpoints = ips.Select(ip => new { addresses = new[] { ip } }).ToArray(),
    });

    /// <summary>A Service with one port and a ready endpoint 10.0.0.x:targetPort.</summary>
    public static KubeObject[] ServiceWithEndpoint(string ns, string name, int port, string ip, int targetPort = 8080) =>
        [Service(ns, name, port), Slice(ns, name, targetPort, ip)];

    public static KubeObject TlsSecret(string ns, string name, string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(host);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var data = new Dictionary<string, string>
        {
            ["tls.crt"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(certificate.ExportCertificatePem())),
            ["tls.key"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key.ExportPkcs8PrivateKeyPem())),
        };
        return Obj(new { apiVersion = "v1", kind = "Secret", type = "kubernetes.io/tls", metadata = new { name, @namespace = ns }, data });
    }

    public static KubeObject GatewayClass(string name, string controller) =>
        Obj(new { apiVersion = $"{GatewayGroup}/v1", kind = "GatewayClass", metadata = new { name, generation = 1 }, spec = new { controllerName = controller } });

    public static KubeObject GatewayOf(string ns, string name, params object[] listeners) =>
        Obj(new { apiVersion = $"{GatewayGroup}/v1", kind = "Gateway", metadata = Meta(ns, name), spec = new { gatewayClassName = "ours", listeners } });

    public static object Tcp(string name, int port, object? allowedRoutes = null) => new { name, port, protocol = "TCP", allowedRoutes };

    public static object Passthrough(string name, int port, string? hostname = null) =>
        new { name, port, protocol = "TLS", hostname, tls = new { mode = "Passthrough" } };

    public static object Terminate(string name, int port, string? hostname, params object[] certificateRefs) =>
        new { name, port, protocol = "TLS", hostname, tls = new { certificateRefs } };

    public static object Parent(string gateway, string? sectionName = null, int? port = null, string? ns = null) =>
        new { name = gateway, sectionName, port, @namespace = ns };

    public static object Backend(string name, int port, int? weight = null, string? ns = null, string? kind = null, string? group = null) =>
        new { name, port, weight, @namespace = ns, kind, group };

    public static KubeObject TcpRoute(string ns, string name, object[] parents, object[] backends, int minute = 1, string version = "v1alpha2") => Obj(new
    {
        apiVersion = $"{GatewayGroup}/{version}",
        kind = "TCPRoute",
        metadata = Meta(ns, name, minute, generation: 2),
        spec = new { parentRefs = parents, rules = new[] { new { backendRefs = backends } } },
    });

    public static KubeObject TlsRoute(string ns, string name, string[] hostnames, object[] parents, object[] backends, int minute = 1, string version = "v1alpha2") => Obj(new
    {
        apiVersion = $"{GatewayGroup}/{version}",
        kind = "TLSRoute",
        metadata = Meta(ns, name, minute, generation: 3),
        spec = new { parentRefs = parents, hostnames, rules = new[] { new { backendRefs = backends } } },
    });

    public static KubeObject ReferenceGrant(string ns, string fromKind, string fromNamespace, string toKind) => Obj(new
    {
        apiVersion = $"{GatewayGroup}/v1beta1",
        kind = "ReferenceGrant",
        metadata = new { name = "grant", @namespace = ns },
        spec = new
        {
            from = new[] { new { group = GatewayGroup, kind = fromKind, @namespace = fromNamespace } },
            to = new[] { new { group = string.Empty, kind = toKind } },
        },
    });
}
