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
            "GatewayClass: names the controller that serves Gateways of this class.")
        { ShortNames = ["gc"], Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "Gateway", "gateways", ClusterScoped: false, [new("v1"), new("v1beta1", Storage: false)],
            typeof(GatewaySpec), typeof(GatewayStatusSchema),
            [
                new("Class", "string", ".spec.gatewayClassName"),
                new("Address", "string", ".status.addresses[*].value"),
                new("Programmed", "string", ".status.conditions[?(@.type==\"Programmed\")].status"),
                PrinterColumn.Age,
            ],
            "Gateway: the listeners (ports, protocols, TLS) the proxy opens and which routes may attach to them.")
        { ShortNames = ["gtw"], Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "TCPRoute", "tcproutes", ClusterScoped: false, [new("v1alpha2")],
            typeof(TcpRouteSpec), typeof(RouteStatusSchema), [PrinterColumn.Age],
            "TCPRoute: sends every connection arriving on the listeners it attaches to on to its backends.")
        { Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "TLSRoute", "tlsroutes", ClusterScoped: false, [new("v1alpha2")],
            typeof(TlsRouteSpec), typeof(RouteStatusSchema), [PrinterColumn.Age],
            "TLSRoute routes TLS connections by SNI to backends, without terminating TLS.")
        { Categories = Categories, Annotations = Bundle },

        new(CrdGroups.GatewayApi, "ReferenceGrant", "referencegrants", ClusterScoped: false, [new("v1beta1"), new("v1alpha2", Storage: false)],
            typeof(ReferenceGrantSpec), StatusType: null, [PrinterColumn.Age],
            "ReferenceGrant: allows objects in other namespaces to refer to objects in this one (e.g. a route in another namespace to a Service here).")
        { ShortNames = ["refgrant"], Categories = Categories, Annotations = Bundle },
    ];
}
