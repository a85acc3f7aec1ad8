using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Ngrok.Resources;

/// <summary>
/// A Secret holding a client certificate for TLS to the upstream, as ngrok's AgentEndpoint names it. A typed
/// item, not free JSON: the API server refuses an array schema without an item schema.
/// </summary>
public sealed class AgentEndpointClientCertificateRef
{
    [Description("Name of the Secret.")]
    [Required]
    public string Name { get; init; } = string.Empty;

    [Description("Namespace of the Secret; the AgentEndpoint's when omitted.")]
    public string? Namespace { get; init; }
}
