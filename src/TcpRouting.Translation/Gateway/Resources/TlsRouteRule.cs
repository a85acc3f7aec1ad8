using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A TLSRoute rule.</summary>
public sealed class TlsRouteRule
{
    [Description("An optional rule name, unique within the route.")]
    public string? Name { get; init; }

    [Description("Where connections go, by weight.")]
    public IReadOnlyList<BackendRefSpec> BackendRefs { get; init; } = [];
}
