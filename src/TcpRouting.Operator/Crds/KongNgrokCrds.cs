using System.Collections.Immutable;
using TcpRouting.Operator.Crds.Status;
using TcpRouting.Translation.Kong.Resources;
using TcpRouting.Translation.Ngrok.Resources;

namespace TcpRouting.Operator.Crds;

/// <summary>Kong's TCPIngress and ngrok's AgentEndpoint, names and versions as their upstream CRDs, plus our status.</summary>
internal static class KongNgrokCrds
{
    public static ImmutableArray<CrdDefinition> All { get; } =
    [
        new(CrdGroups.Kong, "TCPIngress", "tcpingresses", ClusterScoped: false, [new("v1beta1")],
            typeof(TcpIngressSpec), typeof(AddressedStatusSchema),
            [
                PrinterColumn.Address,
                PrinterColumn.Ready,
                PrinterColumn.Reason,
                PrinterColumn.Age,
            ],
            "TCPIngress (Kong): TCP routes by port and, with a host, by SNI with TLS ended at the proxy.")
        { Categories = ["kong-ingress-controller"] },

        new(CrdGroups.Ngrok, "AgentEndpoint", "agentendpoints", ClusterScoped: false, [new("v1alpha1")],
            typeof(AgentEndpointSpec), typeof(ResourceStatusSchema),
            [
                new("URL", "string", ".spec.url"),
                new("Upstream URL", "string", ".spec.upstream.url"),
                PrinterColumn.Ready,
                PrinterColumn.Reason,
                PrinterColumn.Age,
            ],
            "AgentEndpoint (ngrok): a tcp:// or tls:// address the proxy serves and the upstream it forwards to.")
        { ShortNames = ["aep"], Categories = ["networking", "ngrok"] },
    ];
}
