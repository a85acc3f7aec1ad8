using System.Collections.Frozen;
using System.Collections.Immutable;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// Ports that routes open at run time and no Service carries yet: TCPIngress rule ports and AgentEndpoint url
/// ports that are not static entry points (the chart's Service has those). Kong users otherwise patch the proxy
/// Service by hand for each new port; we declare them on the publish Service under our own field manager, so
/// they go when the last route needing them goes and helm's own ports are never touched.
/// </summary>
internal static class PublishedPorts
{
    private static readonly FrozenSet<string> RuntimeKinds = FrozenSet.Create(StringComparer.Ordinal, "TCPIngress", "AgentEndpoint");

    public static ServiceApply Plan(ServiceRef publish, TranslationResult result, StaticConfig config)
    {
        var staticPorts = config.EntryPoints
            .Select(e => EntryPointAddress.TryParse(e.Address, out var endPoint, out _) ? endPoint.Port : 0)
            .ToHashSet();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ports = result.Table.Listeners
            .Where(l => !staticPorts.Contains(l.EndPoint.Port) && l.Routes.Any(r => RuntimeKinds.Contains(r.Source.Kind)))
            .Select(l => l.EndPoint.Port)
            .Distinct()
            .Order()
            .Select(p => new ServicePort(ServicePortNames.For($"tcp-{p}", p, taken), p));
        return new ServiceApply(publish.Namespace, publish.Name, ImmutableSortedDictionary<string, string>.Empty, ImmutableSortedDictionary<string, string>.Empty, [.. ports]);
    }
}
