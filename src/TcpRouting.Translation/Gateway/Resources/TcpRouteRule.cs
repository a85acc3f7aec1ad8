using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A TCPRoute rule.</summary>
public sealed class TcpRouteRule
{
    [Description("Optional rule name, unique in the route; appears in status and logs.")]
    public string? Name { get; init; }

    [Description("Services that receive the connections, shared by weight.")]
    public IReadOnlyList<BackendRefSpec> BackendRefs { get; init; } = [];
}
