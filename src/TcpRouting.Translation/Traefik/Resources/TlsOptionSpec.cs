using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLSOption spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tls/tlsoption/).</summary>
public sealed class TlsOptionSpec
{
    [Description("MinVersion defines the minimum TLS version that is acceptable, e.g. VersionTLS12.")]
    public string? MinVersion { get; set; }

    [Description("MaxVersion defines the maximum TLS version that is acceptable, e.g. VersionTLS13.")]
    public string? MaxVersion { get; set; }

    [Description("CipherSuites defines the list of supported cipher suites for TLS versions up to TLS 1.2.")]
    public List<string>? CipherSuites { get; set; }

    [Description("CurvePreferences defines the preferred elliptic curves in a specific order.")]
    public List<string>? CurvePreferences { get; set; }

    [Description("ClientAuth defines the server's policy for TLS Client Authentication.")]
    public ClientAuthConfig? ClientAuth { get; set; }

    [Description("SniStrict defines whether Traefik allows connections from clients connections that do not specify a server_name extension.")]
    public bool? SniStrict { get; set; }

    [Description("ALPNProtocols defines the list of supported application level protocols for the TLS handshake, in order of preference.")]
    public List<string>? AlpnProtocols { get; set; }

    [Description("PreferServerCipherSuites defines whether the server chooses a cipher suite among his own instead of among the client's. Deprecated: ignored by Go since 1.17.")]
    public bool? PreferServerCipherSuites { get; set; }
}
