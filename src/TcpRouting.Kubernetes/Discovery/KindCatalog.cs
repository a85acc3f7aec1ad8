using System.Collections.Immutable;

namespace TcpRouting.Kubernetes.Discovery;

/// <summary>Every kind the operator reads, and where each may live.</summary>
internal static class KindCatalog
{
    private const string Gateway = "gateway.networking.k8s.io";

    public static ImmutableArray<WantedKind> All { get; } =
    [
        new(KindFamily.Core, "Service", "services", true, [("", "v1")]),
        new(KindFamily.Core, "EndpointSlice", "endpointslices", true, [("discovery.k8s.io", "v1")]),
        // Only TLS secrets can be used; the field selector keeps other secrets out of our memory.
        new(KindFamily.Core, "Secret", "secrets", true, [("", "v1")], FieldSelector: "type=kubernetes.io/tls"),
        new(KindFamily.Core, "Namespace", "namespaces", false, [("", "v1")]),
        .. Traefik("IngressRouteTCP", "ingressroutetcps"),
        .. Traefik("MiddlewareTCP", "middlewaretcps"),
        .. Traefik("TLSOption", "tlsoptions"),
        .. Traefik("TLSStore", "tlsstores"),
        .. Traefik("ServersTransportTCP", "serverstransporttcps"),
        new(KindFamily.GatewayApi, "GatewayClass", "gatewayclasses", false, [(Gateway, "v1"), (Gateway, "v1beta1")]),
        new(KindFamily.GatewayApi, "Gateway", "gateways", true, [(Gateway, "v1"), (Gateway, "v1beta1")]),
        new(KindFamily.GatewayApi, "TCPRoute", "tcproutes", true, [(Gateway, "v1"), (Gateway, "v1alpha2")]),
        new(KindFamily.GatewayApi, "TLSRoute", "tlsroutes", true, [(Gateway, "v1"), (Gateway, "v1alpha3"), (Gateway, "v1alpha2")]),
        new(KindFamily.GatewayApi, "ReferenceGrant", "referencegrants", true, [(Gateway, "v1"), (Gateway, "v1beta1"), (Gateway, "v1alpha2")]),
        new(KindFamily.Kong, "TCPIngress", "tcpingresses", true, [("configuration.konghq.com", "v1beta1")]),
        new(KindFamily.Ngrok, "AgentEndpoint", "agentendpoints", true, [("ngrok.k8s.ngrok.com", "v1alpha1")]),
    ];

    // traefik.io is Traefik v3's group; traefik.containo.us is the v2 one, still found on older clusters.
    private static WantedKind[] Traefik(string kind, string plural) =>
        [new(KindFamily.Traefik, kind, plural, true, [("traefik.io", "v1alpha1"), ("traefik.containo.us", "v1alpha1")], AllGroups: true)];
}
