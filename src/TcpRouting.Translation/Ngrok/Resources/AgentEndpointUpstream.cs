using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Ngrok.Resources;

/// <summary>An AgentEndpoint upstream.</summary>
public sealed class AgentEndpointUpstream
{
    [Description("Upstream address: tcp://service:port (this namespace), tcp://service.namespace:port, tcp://service.namespace.svc.cluster.local:port, or another host name and port.")]
    [Required]
    public string Url { get; init; } = string.Empty;

    [Description("Application protocol hint (http1, http2). Accepted and ignored.")]
    public string? Protocol { get; init; }

    [Description("PROXY protocol header sent to the upstream first: \"1\" or \"2\"; none when omitted.")]
    public string? ProxyProtocolVersion { get; init; }
}
