using System.Collections.Immutable;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// Every CRD `tcprouting crds` writes, in a stable order (the order of the generated files' listing). No Gateway
/// API CRDs: users install the upstream release's (a real API server refuses `gateway.networking.k8s.io` CRDs
/// without the upstream approval annotation, and ours could only lag behind upstream's).
/// </summary>
internal static class CrdCatalog
{
    public static ImmutableArray<CrdDefinition> All { get; } = [.. TraefikCrds.All, .. KongNgrokCrds.All];

    public static CrdDefinition Find(string group, string kind) =>
        All.FirstOrDefault(c => c.Group == group && c.Kind == kind) ?? throw new KeyNotFoundException($"no CRD for {kind}.{group}");
}
