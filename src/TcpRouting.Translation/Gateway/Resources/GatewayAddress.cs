using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>An address requested for a Gateway.</summary>
public sealed class GatewayAddress
{
    [Description("IPAddress (the default), Hostname or an implementation-specific type.")]
    public string? Type { get; init; }

    [Description("The address value.")]
    public string? Value { get; init; }
}
