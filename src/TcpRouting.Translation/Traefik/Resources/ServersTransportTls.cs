using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS from the proxy to the backend servers.</summary>
public sealed class ServersTransportTls
{
    [Description("ServerName defines the server name used to contact the server.")]
    public string? ServerName { get; set; }

    [Description("InsecureSkipVerify disables TLS certificate verification.")]
    public bool? InsecureSkipVerify { get; set; }

    [Description("RootCAsSecrets defines a list of CA secret used to validate self-signed certificates. Deprecated: use RootCAs.")]
    public List<string>? RootCAsSecrets { get; set; }

    [Description("RootCAs defines a list of CA certificates (Secrets or ConfigMaps) used to validate server certificates.")]
    public List<RootCaReference>? RootCAs { get; set; }

    [Description("CertificatesSecrets defines a list of secret storing client certificates for mTLS.")]
    public List<string>? CertificatesSecrets { get; set; }

    [Description("PeerCertURI defines the peer cert URI used to match against SAN URI during the peer certificate verification.")]
    public string? PeerCertURI { get; set; }

    [Description("Spiffe defines the SPIFFE configuration.")]
    public SpiffeConfig? Spiffe { get; set; }
}
