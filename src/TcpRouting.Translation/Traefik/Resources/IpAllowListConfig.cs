using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>Accepts connections only from the listed client addresses.</summary>
public sealed class IpAllowListConfig
{
    [Description("Client addresses let in, as IPs or CIDR ranges; every other client is refused.")]
    public List<string>? SourceRange { get; set; }
}
