using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A route's parentRefs[] entry: the Gateway (and optionally the listener) it attaches to.</summary>
public sealed class ParentReferenceSpec
{
    [Description("API group of the parent; gateway.networking.k8s.io when omitted.")]
    public string? Group { get; init; }

    [Description("Kind of the parent; Gateway when omitted.")]
    public string? Kind { get; init; }

    [Description("Namespace of the Gateway; the route's when omitted.")]
    public string? Namespace { get; init; }

    [Description("Name of the Gateway.")]
    [Required]
    public string Name { get; init; } = string.Empty;

    [Description("Listener (by name) to attach to; when omitted, every listener that admits the route.")]
    public string? SectionName { get; init; }

    [Description("Listener port to attach to; any port when omitted.")]
    public int? Port { get; init; }
}
