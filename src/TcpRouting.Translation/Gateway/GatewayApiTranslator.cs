using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>Gateway API GatewayClass, Gateway, TCPRoute, TLSRoute and ReferenceGrant into routes and status.</summary>
public static class GatewayApiTranslator
{
    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    /// <returns>A status for every Gateway API object read.</returns>
    public static ImmutableArray<ObjectStatus> Translate(IReadOnlyList<KubeObject> objects, ClusterIndex index, TableBuilder table, TranslationSettings settings)
    {
        _ = (objects, index, table, settings);
        return []; // filled in by the Gateway API work
    }
}
