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
        .. Both("IngressRouteTCP", "ingressroutetcps", typeof(IngressRouteTcpSpec), typeof(ResourceStatusSchema),
            [new("EntryPoints", "string", ".spec.entryPoints"), PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "IngressRouteTCP is the CRD implementation of a Traefik TCP Router."),
        .. Both("MiddlewareTCP", "middlewaretcps", typeof(MiddlewareTcpSpec), typeof(ResourceStatusSchema),
            [PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "MiddlewareTCP is the CRD implementation of a Traefik TCP middleware (inFlightConn, ipAllowList)."),
        .. Both("TLSOption", "tlsoptions", typeof(TlsOptionSpec), typeof(ResourceStatusSchema),
            [new("MinVersion", "string", ".spec.minVersion"), PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "TLSOption is the CRD implementation of a Traefik TLS Option, allowing to configure some parameters of the TLS connection."),
        .. Both("TLSStore", "tlsstores", typeof(TlsStoreSpec), status: null, [PrinterColumn.Age],
            "TLSStore is the CRD implementation of a Traefik TLS Store: the default certificate and the certificates served by SNI."),
        Define(CrdGroups.Traefik, "ServersTransportTCP", "serverstransporttcps", typeof(ServersTransportTcpSpec), typeof(ResourceStatusSchema),
            [PrinterColumn.Ready, PrinterColumn.Reason, PrinterColumn.Age],
            "ServersTransportTCP is the CRD implementation of a TCPServersTransport: how Traefik dials the backends.", deprecation: null),
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
