using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>PROXY protocol sent to backend servers (https://www.haproxy.org/download/2.9/doc/proxy-protocol.txt).</summary>
public sealed class ProxyProtocolConfig
{
    [Description("PROXY protocol header sent to the backend before any data: 1 (text) or 2 (binary).")]
    [Range(1, 2)]
    public int? Version { get; set; }
}
