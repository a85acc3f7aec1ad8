using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A domain of a certificate: the main name and subject alternative names.</summary>
public sealed class TlsDomain
{
    [Description("Main defines the main domain name.")]
    public string? Main { get; set; }

    [Description("SANs defines the subject alternative domain names.")]
    public List<string>? Sans { get; set; }
}
