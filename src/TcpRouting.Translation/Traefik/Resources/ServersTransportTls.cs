using System.ComponentModel;
using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS from the proxy to the backend servers.</summary>
public sealed class ServersTransportTls
{
    [Description("SNI sent to the backend and the name its certificate must carry.")]
    public string? ServerName { get; set; }

    [Description("Accept any backend certificate. Only for tests.")]
    public bool? InsecureSkipVerify { get; set; }

    [Description("Older form of rootCAs: Secret names only. Deprecated in Traefik v3.")]
    public List<string>? RootCAsSecrets { get; set; }

    [Description("CA bundles, from Secrets or ConfigMaps, that backend certificates must chain to; the system store when empty.")]
    public List<RootCaReference>? RootCAs { get; set; }

    [Description("kubernetes.io/tls Secrets whose certificate the proxy presents to backends that ask for one.")]
    public List<string>? CertificatesSecrets { get; set; }

    [Description("A URI the backend certificate must list among its subject alternative names.")]
    public string? PeerCertURI { get; set; }

    [Description("Subject alternative names the backend certificate must list. Not supported: the object is marked not accepted when set (use serverName or peerCertURI).")]
    [JsonPropertyName("peerCertSANs")]
    public List<PeerCertSan>? PeerCertSans { get; set; }

    [Description("SPIFFE checks on backends. Not supported: the object is marked not accepted when set.")]
    public SpiffeConfig? Spiffe { get; set; }
}
