using System.Collections.Immutable;
using System.Globalization;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Ngrok;

/// <summary>
/// An AgentEndpoint upstream host to endpoints: "service", "service.namespace" and
/// "service.namespace.svc[.cluster.local]" name a Service when the snapshot has it (the ngrok operator's
/// convention); any other host is a DNS name dialled as given.
/// </summary>
internal static class UpstreamResolver
{
    public static (SourceRef? Service, ImmutableArray<BackendEndpoint> Endpoints, string? Error) Resolve(ClusterIndex index, string objectNamespace, string host, int port)
    {
        if (ServiceOf(host, objectNamespace) is { } svc && index.Find("Service", svc.Namespace, svc.Name) is not null)
        {
            var resolution = BackendResolver.Resolve(index, svc.Namespace, svc.Name, port.ToString(CultureInfo.InvariantCulture));
            return (new SourceRef("Service", svc.Namespace, svc.Name), resolution.Endpoints, resolution.Error);
        }

        return (null, [new BackendEndpoint(host, port)], null);
    }

    private static (string Name, string Namespace)? ServiceOf(string host, string objectNamespace)
    {
        var name = host;
        foreach (var suffix in (string[])[".svc.cluster.local", ".svc"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        var labels = name.Split('.');
        return labels.Length switch
        {
            1 => (labels[0], objectNamespace),
            2 => (labels[0], labels[1]),
            _ => null,
        };
    }
}
