using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace TcpRouting.Translation.Ngrok.Resources;

/// <summary>ngrok.k8s.ngrok.com/v1alpha1 AgentEndpoint spec. Only tcp:// and tls:// urls are served here.</summary>
public sealed class AgentEndpointSpec
{
    [Description("Address served: tcp://host:port for a plain port, or tls://host[:port] to route TLS by SNI without ending it (port 443 when omitted). Other schemes are refused.")]
    [Required]
    public string Url { get; init; } = string.Empty;

    [Description("Where the proxy forwards the connections.")]
    [Required]
    public AgentEndpointUpstream Upstream { get; init; } = new();

    [Description("ngrok traffic policy. Accepted and ignored.")]
    public JsonElement? TrafficPolicy { get; init; }

    [Description("Free text for people; not read by the operator.")]
    public string? Description { get; init; }

    [Description("Free-form metadata string. Accepted and ignored.")]
    public string? Metadata { get; init; }

    [Description("ngrok bindings (public, internal, kubernetes). Accepted and ignored.")]
    public IReadOnlyList<string>? Bindings { get; init; }

    [Description("Client certificates for TLS to the upstream. Accepted and ignored.")]
    public IReadOnlyList<AgentEndpointClientCertificateRef>? ClientCertificateRefs { get; init; }
}
