using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A subject alternative name a backend certificate should carry (ServersTransportTCP tls.peerCertSANs).</summary>
public sealed class PeerCertSan
{
    [Description("Kind of name, such as DNS, IP or URI.")]
    public string? Type { get; set; }

    [Description("The name itself.")]
    public string? Value { get; set; }
}
