using System.Collections.Immutable;
using TcpRouting.Operator.Crds.Status;
using TcpRouting.Translation.Gateway.Resources;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// The Gateway API kinds we serve, compatible with the experimental channel of the Gateway API release
/// (names, versions, columns as upstream config/crd/experimental). Normally installed from that release;
/// the chart ships these only when gatewayApi.installCrds is set.
/// </summary>
internal static class GatewayApiCrds
{
    private static readonly ImmutableDictionary<string, string> Bundle = new Dictionary<string, string>
    {
        ["gateway.networking.k8s.io/bundle-version"] = "v1.3.0",
        ["gateway.networking.k8s.io/channel"] = "experimental",
    }.ToImmutableDictionary();

    private static readonly ImmutableArray<string> Categories = ["gateway-api"];

    public static ImmutableArray<CrdDefinition> All { get; } =
    [
        new(CrdGroups.GatewayApi, "GatewayClass", "gatewayclasses", ClusterScoped: true, [new("v1"), new("v1beta1", Storage: false)],
            typeof(GatewayClassSpec), typeof(GatewayClassStatusSchema),
            [
                new("Controller", "string", ".spec.controllerName"),
                new("Accepted", "string", ".status.conditions[?(@.type==\"Accepted\")].status"),
                PrinterColumn.Age,
                new("Description", "string", ".spec.description", 1),
            ],
            "GatewayClass describes a class of Gateways available to the user for creating Gateway resources.")
        { ShortNames = ["gc"], Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "Gateway", "gateways", ClusterScoped: false, [new("v1"), new("v1beta1", Storage: false)],
            typeof(GatewaySpec), typeof(GatewayStatusSchema),
            [
                new("Class", "string", ".spec.gatewayClassName"),
                new("Address", "string", ".status.addresses[*].value"),
                new("Programmed", "string", ".status.conditions[?(@.type==\"Programmed\")].status"),
                PrinterColumn.Age,
            ],
            "Gateway represents an instance of a service-traffic handling infrastructure by binding Listeners to a set of IP addresses.")
        { ShortNames = ["gtw"], Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "TCPRoute", "tcproutes", ClusterScoped: false, [new("v1alpha2")],
            typeof(TcpRouteSpec), typeof(RouteStatusSchema), [PrinterColumn.Age],
            "TCPRoute provides a way to route TCP requests.")
        { Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "TLSRoute", "tlsroutes", ClusterScoped: false, [new("v1alpha2")],
            typeof(TlsRouteSpec), typeof(RouteStatusSchema), [PrinterColumn.Age],
            "TLSRoute routes TLS connections by SNI to backends, without terminating TLS.")
        { Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "ReferenceGrant", "referencegrants", ClusterScoped: false, [new("v1beta1"), new("v1alpha2", Storage: false)],
            typeof(ReferenceGrantSpec), StatusType: null, [PrinterColumn.Age],
            "ReferenceGrant identifies kinds of resources in other namespaces that are trusted to reference the specified kinds of resources in the same namespace as the policy.")
        { ShortNames = ["refgrant"], Categories = Categories, Annotations = Bundle },
    ];
}
