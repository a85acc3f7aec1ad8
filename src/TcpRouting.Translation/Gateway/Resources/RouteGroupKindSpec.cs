using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A route kind in allowedRoutes.kinds.</summary>
public sealed class RouteGroupKindSpec
{
    [Description("The route's API group; gateway.networking.k8s.io by default.")]
    public string? Group { get; init; }

    [Description("The route kind, e.g. TCPRoute or TLSRoute.")]
    public string Kind { get; init; } = string.Empty;
}
