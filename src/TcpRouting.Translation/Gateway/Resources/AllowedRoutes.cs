using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>Which routes may attach to a listener.</summary>
public sealed class AllowedRoutes
{
    [Description("Namespaces routes may come from; Same by default.")]
    public RouteNamespaces? Namespaces { get; init; }

    [Description("Route kinds allowed; by default every kind the protocol supports.")]
    public IReadOnlyList<RouteGroupKindSpec>? Kinds { get; init; }
}
