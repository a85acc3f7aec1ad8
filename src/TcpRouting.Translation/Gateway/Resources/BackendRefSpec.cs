using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A route rule's backendRefs[] entry.</summary>
public sealed class BackendRefSpec
{
    [Description("API group of the backend; the core group (\"\") when omitted.")]
    public string? Group { get; init; }

    [Description("Kind of the backend; Service when omitted, and the only kind served here.")]
    public string? Kind { get; init; }

    [Description("Name of the backend Service.")]
    [Required]
    public string Name { get; init; } = string.Empty;

    [Description("Namespace of the backend; the route's when omitted. A Service elsewhere is used only if a ReferenceGrant there allows it.")]
    public string? Namespace { get; init; }

    [Description("Port of the Service to connect to; a Service backend without it is refused.")]
    public int? Port { get; init; }

    [Description("Share of new connections relative to the other backends (0 to 1000000); 1 when omitted, 0 sends none.")]
    public int? Weight { get; init; }
}
