using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Traefik;

/// <summary>
/// Traefik CRDs (IngressRouteTCP, MiddlewareTCP, TLSOption, TLSStore, ServersTransportTCP) into routes and a status
/// for each. Shared objects are resolved first so that routes refer to their resolved form; an exception inside one
/// object becomes a problem on that object.
/// </summary>
public static class TraefikTranslator
{
    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    public static ImmutableArray<ObjectStatus> Translate(IReadOnlyList<KubeObject> objects, ClusterIndex index, TableBuilder table, StaticConfig config)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var catalog = new TraefikCatalog(objects);
        var context = new TraefikContext(index, table, config, catalog);
        var statuses = ImmutableArray.CreateBuilder<ObjectStatus>();
        var defaultStoreSeen = false;
        foreach (var kind in (string[])[TraefikCatalog.MiddlewareTcp, TraefikCatalog.TlsOption, TraefikCatalog.TlsStore, TraefikCatalog.ServersTransportTcp, TraefikCatalog.IngressRouteTcp])
        {
            foreach (var o in catalog.OfKind(kind))
            {
                statuses.Add(ObjectGuard.Run(o, () => kind switch
                {
                    TraefikCatalog.MiddlewareTcp => MiddlewareTcpTranslator.Translate(o, context),
                    TraefikCatalog.TlsOption => TlsOptionTranslator.Translate(o, context),
                    TraefikCatalog.TlsStore => TlsStoreTranslator.Translate(o, context, ref defaultStoreSeen),
                    TraefikCatalog.ServersTransportTcp => ServersTransportTcpTranslator.Translate(o, context),
                    _ => IngressRouteTcpTranslator.Translate(o, context),
                }));
            }
        }

        return statuses.ToImmutable();
    }
}
