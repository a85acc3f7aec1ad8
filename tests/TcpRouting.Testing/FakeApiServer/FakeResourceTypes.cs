namespace TcpRouting.Testing.FakeApiServer;

/// <summary>The resource types tests usually need: the built-ins every cluster serves and the CRDs of the kinds we route.</summary>
public static class FakeResourceTypes
{
    internal static readonly HashSet<string> BuiltInGroups = ["discovery.k8s.io", "coordination.k8s.io", "events.k8s.io", "apiextensions.k8s.io"];

    public static FakeResourceType Namespaces { get; } = new("", "v1", "Namespace", "namespaces", Namespaced: false, StatusSubresource: true);

    public static FakeResourceType Services { get; } = new("", "v1", "Service", "services", StatusSubresource: true);

    public static FakeResourceType Secrets { get; } = new("", "v1", "Secret", "secrets");

    public static FakeResourceType CoreEvents { get; } = new("", "v1", "Event", "events");

    public static FakeResourceType EndpointSlices { get; } = new("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices");

    public static FakeResourceType Leases { get; } = new("coordination.k8s.io", "v1", "Lease", "leases");

    public static FakeResourceType Events { get; } = new("events.k8s.io", "v1", "Event", "events");

    public static FakeResourceType Crds { get; } = new("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", Namespaced: false, StatusSubresource: true);

    public static IReadOnlyList<FakeResourceType> BuiltIn { get; } = [Namespaces, Services, Secrets, CoreEvents, EndpointSlices, Leases, Events, Crds];

    /// <summary>Traefik v3 CRDs: no status subresource, as Traefik ships them.</summary>
    public static IReadOnlyList<FakeResourceType> Traefik(string group = "traefik.io") =>
    [
        new(group, "v1alpha1", "IngressRouteTCP", "ingressroutetcps"),
        new(group, "v1alpha1", "MiddlewareTCP", "middlewaretcps"),
        new(group, "v1alpha1", "TLSOption", "tlsoptions"),
        new(group, "v1alpha1", "TLSStore", "tlsstores"),
        new(group, "v1alpha1", "ServersTransportTCP", "serverstransporttcps"),
    ];

    public static IReadOnlyList<FakeResourceType> GatewayApi(string tlsRouteVersion = "v1alpha2", string tcpRouteVersion = "v1alpha2") =>
    [
        new("gateway.networking.k8s.io", "v1", "GatewayClass", "gatewayclasses", Namespaced: false, StatusSubresource: true),
        new("gateway.networking.k8s.io", "v1", "Gateway", "gateways", StatusSubresource: true),
        new("gateway.networking.k8s.io", tcpRouteVersion, "TCPRoute", "tcproutes", StatusSubresource: true),
        new("gateway.networking.k8s.io", tlsRouteVersion, "TLSRoute", "tlsroutes", StatusSubresource: true),
        new("gateway.networking.k8s.io", "v1beta1", "ReferenceGrant", "referencegrants"),
    ];

    public static IReadOnlyList<FakeResourceType> Kong { get; } = [new("configuration.konghq.com", "v1beta1", "TCPIngress", "tcpingresses", StatusSubresource: true)];

    public static IReadOnlyList<FakeResourceType> Ngrok { get; } = [new("ngrok.k8s.ngrok.com", "v1alpha1", "AgentEndpoint", "agentendpoints", StatusSubresource: true)];
}
