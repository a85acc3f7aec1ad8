using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLSOption spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tls/tlsoption/).</summary>
public sealed class TlsOptionSpec
{
    [Description("Oldest TLS version a client may use, e.g. VersionTLS12.")]
    public string? MinVersion { get; set; }

    [Description("Newest TLS version offered, e.g. VersionTLS13.")]
    public string? MaxVersion { get; set; }

    [Description("Cipher suites allowed up to TLS 1.2, by their Go names; TLS 1.3 suites are not configurable.")]
    public List<string>? CipherSuites { get; set; }

    [Description("Key exchange groups in order of preference. Accepted and ignored: the platform's TLS stack chooses.")]
    public List<string>? CurvePreferences { get; set; }

    [Description("Client certificate (mutual TLS) policy.")]
    public ClientAuthConfig? ClientAuth { get; set; }

    [Description("Refuse a handshake whose ClientHello carries no server name.")]
    public bool? SniStrict { get; set; }

    [Description("ALPN protocols offered in the handshake, most preferred first.")]
    public List<string>? AlpnProtocols { get; set; }

    [Description("Accepted and ignored (deprecated upstream too).")]
    public bool? PreferServerCipherSuites { get; set; }

    [Description("Turn off resumption by session ticket. Accepted and ignored: the platform's TLS stack decides.")]
    public bool? DisableSessionTickets { get; set; }
}
