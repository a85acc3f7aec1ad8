using System.Text.Json.Nodes;
using TcpRouting.Operator.Crds;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>
/// The kinds objects are validated against offline: ours by our generated CRDs; Gateway API kinds (whose CRDs
/// users install from the upstream release) by @kubernetes-models/gateway-api. The upstream CRDs themselves
/// are checked by the real API server in TcpRouting.Cluster.Tests (their oneOf/CEL rules have no ajv form).
/// </summary>
internal static class KnownCrds
{
    public const string GatewayApiGroup = "gateway.networking.k8s.io";

    public static IReadOnlyList<JsonObject> All { get; } = [.. CrdCatalog.All.Select(CrdBuilder.Build)];

    public static bool Has(string group, string kind) =>
        group == GatewayApiGroup || CrdCatalog.All.Any(c => c.Group == group && c.Kind == kind);
}
