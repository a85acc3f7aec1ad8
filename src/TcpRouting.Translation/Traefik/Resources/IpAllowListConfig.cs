using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>Accepts connections only from the listed client addresses.</summary>
public sealed class IpAllowListConfig
{
    [Description("SourceRange defines the allowed IPs (or ranges of allowed IPs by using CIDR notation).")]
    public List<string>? SourceRange { get; set; }
}
