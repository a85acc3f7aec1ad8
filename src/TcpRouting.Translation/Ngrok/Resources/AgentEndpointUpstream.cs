using System.ComponentModel;

namespace TcpRouting.Translation.Ngrok.Resources;

/// <summary>An AgentEndpoint upstream.</summary>
public sealed class AgentEndpointUpstream
{
    [Description("tcp://service.namespace:port, tcp://service:port (this namespace), tcp://service.namespace.svc.cluster.local:port, or a DNS name and port.")]
    public string Url { get; init; } = string.Empty;

    [Description("Application protocol hint (http1, http2); tolerated, not applied.")]
    public string? Protocol { get; init; }

    [Description("PROXY protocol header sent to the upstream: \"1\" or \"2\".")]
    public string? ProxyProtocolVersion { get; init; }
}
