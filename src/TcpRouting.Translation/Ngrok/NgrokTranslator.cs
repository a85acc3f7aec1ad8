using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Ngrok;

/// <summary>ngrok.k8s.ngrok.com/v1alpha1 AgentEndpoint (tcp:// and tls:// urls) into routes and status.</summary>
public static class NgrokTranslator
{
    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    /// <returns>A status for every AgentEndpoint read.</returns>
    public static ImmutableArray<ObjectStatus> Translate(IReadOnlyList<KubeObject> objects, ClusterIndex index, TableBuilder table)
    {
        _ = (objects, index, table);
        return []; // filled in by the Kong/ngrok work
    }
}
