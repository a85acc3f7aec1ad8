using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Kong;

/// <summary>Kong configuration.konghq.com/v1beta1 TCPIngress into routes and status.</summary>
public static class KongTranslator
{
    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    /// <returns>A status for every TCPIngress read.</returns>
    public static ImmutableArray<ObjectStatus> Translate(IReadOnlyList<KubeObject> objects, ClusterIndex index, TableBuilder table)
    {
        _ = (objects, index, table);
        return []; // filled in by the Kong/ngrok work
    }
}
