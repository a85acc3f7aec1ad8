using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>Which routes may attach to a listener.</summary>
public sealed class AllowedRoutes
{
    [Description("Route namespaces this listener takes routes from; only its own when omitted.")]
    public RouteNamespaces? Namespaces { get; init; }

    [Description("Route kinds that may attach; when omitted, those the listener serves: TCPRoute on TCP, TLSRoute on TLS passthrough, both on TLS terminate.")]
    public IReadOnlyList<RouteGroupKindSpec>? Kinds { get; init; }
}
