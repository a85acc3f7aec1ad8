using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A route rule's backendRefs[] entry.</summary>
public sealed class BackendRefSpec
{
    [Description("The referent's API group; \"\" (core) by default.")]
    public string? Group { get; init; }

    [Description("The referent's kind; Service by default (the only kind served).")]
    public string? Kind { get; init; }

    [Description("The referent's name.")]
    public string Name { get; init; } = string.Empty;

    [Description("The referent's namespace; the route's by default. Another namespace needs a ReferenceGrant.")]
    public string? Namespace { get; init; }

    [Description("The Service port; required for a Service.")]
    public int? Port { get; init; }

    [Description("Relative share of connections, 0 to 1000000; 1 by default; 0 sends none.")]
    public int? Weight { get; init; }
}
