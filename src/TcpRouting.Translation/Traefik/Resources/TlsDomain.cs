using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A domain of a certificate: the main name and subject alternative names.</summary>
public sealed class TlsDomain
{
    [Description("Primary host name.")]
    public string? Main { get; set; }

    [Description("Further host names.")]
    public List<string>? Sans { get; set; }
}
