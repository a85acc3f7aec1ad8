using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A route kind in allowedRoutes.kinds.</summary>
public sealed class RouteGroupKindSpec
{
    [Description("API group of the route kind; gateway.networking.k8s.io when omitted.")]
    public string? Group { get; init; }

    [Description("Route kind, e.g. TCPRoute or TLSRoute.")]
    [Required]
    public string Kind { get; init; } = string.Empty;
}
