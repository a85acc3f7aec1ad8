using System.ComponentModel;
using System.Text.Json;

namespace TcpRouting.Translation.Ngrok.Resources;

/// <summary>ngrok.k8s.ngrok.com/v1alpha1 AgentEndpoint spec. Only tcp:// and tls:// urls are served here.</summary>
public sealed class AgentEndpointSpec
{
    [Description("The public endpoint: tcp://host:port (a plain port) or tls://host[:port] (TLS passthrough by SNI, port 443 by default).")]
    public string Url { get; init; } = string.Empty;

    [Description("Where connections go.")]
    public AgentEndpointUpstream Upstream { get; init; } = new();

    [Description("An ngrok traffic policy (tolerated, not applied).")]
    public JsonElement? TrafficPolicy { get; init; }

    [Description("A human-readable description.")]
    public string? Description { get; init; }

    [Description("Opaque metadata.")]
    public string? Metadata { get; init; }

    [Description("ngrok bindings such as public or internal (tolerated, not applied).")]
    public IReadOnlyList<string>? Bindings { get; init; }

    [Description("Client certificates for upstream TLS (tolerated, not applied).")]
    public IReadOnlyList<JsonElement>? ClientCertificateRefs { get; init; }
}
