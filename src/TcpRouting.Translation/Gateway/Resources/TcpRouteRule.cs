using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A TCPRoute rule.</summary>
public sealed class TcpRouteRule
{
    [Description("An optional rule name, unique within the route.")]
    public string? Name { get; init; }

    [Description("Where connections go, by weight.")]
    public IReadOnlyList<BackendRefSpec> BackendRefs { get; init; } = [];
}
