using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>An address requested for a Gateway.</summary>
public sealed class GatewayAddress
{
    [Description("IPAddress (when omitted), Hostname, or a domain-prefixed custom type.")]
    public string? Type { get; init; }

    [Description("The address itself. Requested addresses are accepted and ignored: the proxy reports where it listens.")]
    public string? Value { get; init; }
}
