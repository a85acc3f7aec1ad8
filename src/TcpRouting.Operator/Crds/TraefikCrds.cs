using System.Collections.Immutable;
using TcpRouting.Operator.Crds.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// Traefik's TCP kinds as Traefik v3 names them (traefik.io/v1alpha1), plus the v2 group traefik.containo.us
/// that older clusters still hold (ServersTransportTCP was born in traefik.io, so it has no legacy CRD).
/// Upstream Traefik CRDs have no status; ours add one with Ready/Accepted/ResolvedRefs conditions.
/// </summary>
internal static class TraefikCrds
{
    private const string LegacyWarning = "traefik.containo.us/v1alpha1 is deprecated; use traefik.io/v1alpha1";

    private static readonly ImmutableArray<string> Categories = ["traefik", "tcprouting"];

    public static ImmutableArray<CrdDefinition> All { get; } =
    [
        .. Both("IngressRouteTCP", "ingressroutetcps", typeof(IngressRouteTcpSpec), typeof(AddressedStatusSchema),
            [new("EntryPoints", "string", ".spec.entryPoints"), PrinterColumn.Address, PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "IngressRouteTCP: routes TCP connections, chosen by SNI, client IP or ALPN, to Kubernetes Services."),
        .. Both("MiddlewareTCP", "middlewaretcps", typeof(MiddlewareTcpSpec), typeof(ResourceStatusSchema),
            [PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "MiddlewareTCP: a per-connection check run before forwarding (client IP allow list, connections per client IP)."),
        .. Both("TLSOption", "tlsoptions", typeof(TlsOptionSpec), typeof(ResourceStatusSchema),
            [new("MinVersion", "string", ".spec.minVersion"), PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "TLSOption: TLS versions, cipher suites, ALPN and client certificate policy for routes that end TLS at the proxy."),
        .. Both("TLSStore", "tlsstores", typeof(TlsStoreSpec), status: null, [PrinterColumn.Age],
            "TLSStore: the fallback certificate and the certificates every terminating route can serve by SNI; only the store named default is read."),
        Define(CrdGroups.Traefik, "ServersTransportTCP", "serverstransporttcps", typeof(ServersTransportTcpSpec), typeof(ResourceStatusSchema),
            [PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "ServersTransportTCP: how the proxy connects to backends (dial timeout, half-close delay, TLS, PROXY protocol).", deprecation: null),
    ];

    private static CrdDefinition[] Both(string kind, string plural, Type spec, Type? status, ImmutableArray<PrinterColumn> columns, string description) =>
    [
        Define(CrdGroups.Traefik, kind, plural, spec, status, columns, description, deprecation: null),
        Define(CrdGroups.TraefikLegacy, kind, plural, spec, status, columns, description, LegacyWarning),
    ];

    private static CrdDefinition Define(string group, string kind, string plural, Type spec, Type? status, ImmutableArray<PrinterColumn> columns, string description, string? deprecation) =>
        new(group, kind, plural, ClusterScoped: false, [new("v1alpha1", DeprecationWarning: deprecation)], spec, status, columns, description)
        {
            Categories = Categories,
        };
}
