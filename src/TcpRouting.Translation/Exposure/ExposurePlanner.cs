using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// Pure: from a snapshot and its translation, the Services that make every listener reachable from outside the
/// pod, and the statuses with the addresses those Services have (read back from the snapshot, so an address
/// the cloud assigns reaches the status on the next pass, as any watched change does).
/// </summary>
public static class ExposurePlanner
{
    private static readonly ImmutableHashSet<string> AddressedKinds = ["TCPIngress", "IngressRouteTCP"];

    public static ExposurePlan Plan(ResourceSnapshot snapshot, TranslationResult result, ExposureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        var index = ClusterIndex.Build(snapshot.Objects);
        var objects = snapshot.Objects.GroupBy(o => (o.ApiVersion, o.Kind, o.Namespace, o.Name)).ToDictionary(g => g.Key, g => g.First());
        var published = settings.PublishService is { } p && index.Find("Service", p.Namespace, p.Name) is { } publishService
            ? ServiceAddresses.Of(publishService)
            : [];

        var gatewayServices = ImmutableArray.CreateBuilder<ServiceApply>();
        var statuses = ImmutableArray.CreateBuilder<ObjectStatus>(result.Statuses.Length);
        foreach (var status in result.Statuses)
        {
            if (status.Object.Kind == "Gateway" && status.ApiVersion.StartsWith("gateway.networking.k8s.io/", StringComparison.Ordinal)
                && settings.ManagesGatewayServices
                && objects.TryGetValue((status.ApiVersion, status.Object.Kind, status.Object.Namespace, status.Object.Name), out var gateway))
            {
                // A Gateway with no programmed listener has nothing to expose (and a Service needs a port).
                var service = GatewayServices.Plan(gateway, status, settings);
                if (!service.Ports.IsEmpty)
                {
                    gatewayServices.Add(service);
                }

                statuses.Add(service.Ports.IsEmpty ? status : GatewayAddressing.Apply(status, gateway, index.Find("Service", service.Namespace, service.Name), service));
            }
            else if (AddressedKinds.Contains(status.Object.Kind) && !published.IsEmpty)
            {
                statuses.Add(status with { Addresses = published });
            }
            else
            {
                statuses.Add(status);
            }
        }

        var publishPorts = settings.PublishService is { } publish ? PublishedPorts.Plan(publish, result, snapshot.Config) : null;
        return new ExposurePlan(gatewayServices.ToImmutable(), publishPorts, result with { Statuses = statuses.MoveToImmutable() });
    }
}
