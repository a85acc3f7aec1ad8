using System.Collections.Immutable;

namespace TcpRouting.Operator.Crds;

/// <summary>Every CRD `tcprouting crds` writes, in a stable order (the order of the generated files' listing).</summary>
internal static class CrdCatalog
{
    public static ImmutableArray<CrdDefinition> All { get; } = [.. TraefikCrds.All, .. KongNgrokCrds.All, .. GatewayApiCrds.All];

    public static CrdDefinition Find(string group, string kind) =>
        All.FirstOrDefault(c => c.Group == group && c.Kind == kind) ?? throw new KeyNotFoundException($"no CRD for {kind}.{group}");
}
