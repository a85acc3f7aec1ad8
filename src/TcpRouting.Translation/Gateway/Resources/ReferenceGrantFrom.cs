using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A ReferenceGrant from[] entry.</summary>
public sealed class ReferenceGrantFrom
{
    [Description("The referrer's API group, e.g. gateway.networking.k8s.io.")]
    public string Group { get; init; } = string.Empty;

    [Description("The referrer's kind, e.g. TCPRoute, TLSRoute or Gateway.")]
    public string Kind { get; init; } = string.Empty;

    [Description("The referrer's namespace.")]
    public string Namespace { get; init; } = string.Empty;
}
