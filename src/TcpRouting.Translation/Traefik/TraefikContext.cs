using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Traefik;

/// <summary>What translating one IngressRouteTCP needs: the lookups, the table and the resolved shared objects.</summary>
internal sealed class TraefikContext(ClusterIndex index, TableBuilder table, StaticConfig config, TraefikCatalog catalog)
{
    public ClusterIndex Index { get; } = index;

    public TableBuilder Table { get; } = table;

    public StaticConfig Config { get; } = config;

    public TraefikCatalog Catalog { get; } = catalog;

    /// <summary>Valid MiddlewareTCPs by namespace and name; an invalid one maps to null.</summary>
    public Dictionary<(string Namespace, string Name), Middleware?> Middlewares { get; } = [];

    /// <summary>Valid TLSOptions by namespace and name; an invalid one maps to null.</summary>
    public Dictionary<(string Namespace, string Name), TlsOptions?> TlsOptions { get; } = [];

    /// <summary>The TLSOption named "default" (any namespace), else the built-in defaults.</summary>
    public TlsOptions DefaultTlsOptions { get; set; } = Model.TlsOptions.Default;

    /// <summary>The default TLSStore's default certificate, when it has one that resolves.</summary>
    public TlsCertificate? DefaultCertificate { get; set; }

    /// <summary>The default TLSStore's certificates, offered to every terminating route.</summary>
    public List<TlsCertificate> StoreCertificates { get; } = [];

    /// <summary>Valid ServersTransportTCPs by namespace and name; an invalid one maps to null.</summary>
    public Dictionary<(string Namespace, string Name), (BackendTransport Transport, int ProxyProtocol)?> Transports { get; } = [];

    /// <summary>Traefik's allowCrossNamespace: false refuses references out of the referrer's namespace.</summary>
    public bool Refuses(string referrerNamespace, string targetNamespace) =>
        !Config.AllowCrossNamespace && !string.Equals(referrerNamespace, targetNamespace, StringComparison.Ordinal);

    public static string CrossNamespaceMessage(string kind, string @namespace, string name) =>
        $"reference to {kind} {@namespace}/{name} in another namespace is refused (set providers.kubernetesCRD.allowCrossNamespace)";
}
