using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A route's parentRefs[] entry: the Gateway (and optionally the listener) it attaches to.</summary>
public sealed class ParentReferenceSpec
{
    [Description("The parent's API group; gateway.networking.k8s.io by default.")]
    public string? Group { get; init; }

    [Description("The parent's kind; Gateway by default.")]
    public string? Kind { get; init; }

    [Description("The parent's namespace; the route's by default.")]
    public string? Namespace { get; init; }

    [Description("The parent's name.")]
    public string Name { get; init; } = string.Empty;

    [Description("The listener name to attach to; every listener that allows the route when omitted.")]
    public string? SectionName { get; init; }

    [Description("The listener port to attach to; every port when omitted.")]
    public int? Port { get; init; }
}
