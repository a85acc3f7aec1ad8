using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>PROXY protocol sent to backend servers (https://www.haproxy.org/download/2.9/doc/proxy-protocol.txt).</summary>
public sealed class ProxyProtocolConfig
{
    [Description("Version defines the PROXY protocol version to use: 1 or 2.")]
    public int? Version { get; set; }
}
