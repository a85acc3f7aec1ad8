using System.Collections.Immutable;
using System.Text.Json;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// One Service per Gateway of ours, so its listeners are reachable from outside the pod: one port per
/// programmed listener port, labels and annotations from spec.infrastructure
/// (https://gateway-api.sigs.k8s.io/reference/spec/#gatewayinfrastructure), requested IPAddress addresses carried
/// as loadBalancerIP (LoadBalancer) or externalIPs (other types), requested Hostname addresses published through
/// external-dns's hostname annotation.
/// </summary>
internal static class GatewayServices
{
    public const string ExternalDnsHostname = "external-dns.alpha.kubernetes.io/hostname";

    public static ServiceApply Plan(KubeObject gateway, ObjectStatus status, ExposureSettings settings)
    {
        var spec = KubeJsonRead.Object(gateway.Json, "spec");
        var programmed = status.Listeners
            .Where(l => l.Conditions.Any(c => c.Type == "Programmed" && c.Status == "True"))
            .Select(l => l.Name)
            .ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ports = Items(spec, "listeners")
            .Select(l => (Name: KubeJsonRead.String(l, "name") ?? string.Empty, Port: KubeJsonRead.Int(l, "port") ?? 0))
            .Where(l => programmed.Contains(l.Name) && l.Port is > 0 and <= 65535)
            .DistinctBy(l => l.Port)
            .OrderBy(l => l.Port)
            .Select(l => new ServicePort(ServicePortNames.For(l.Name, l.Port, taken), l.Port));

        var infrastructure = KubeJsonRead.Object(spec, "infrastructure");
        var labels = Map(infrastructure, "labels")
            .SetItem(GatewayServiceNames.ManagedByLabel, GatewayServiceNames.ManagedBy)
            .SetItem(GatewayServiceNames.GatewayNamespaceLabel, GatewayServiceNames.LabelValue(gateway.Namespace))
            .SetItem(GatewayServiceNames.GatewayNameLabel, GatewayServiceNames.LabelValue(gateway.Name));
        var annotations = Map(infrastructure, "annotations");
        var requested = RequestedAddresses.Of(gateway);
        if (!requested.Hostnames.IsEmpty)
        {
            annotations = annotations.SetItem(ExternalDnsHostname, string.Join(',', requested.Hostnames));
        }

        var type = settings.GatewayServiceType;
        var loadBalancer = type == "LoadBalancer";
        return new ServiceApply(
            settings.PodNamespace,
            GatewayServiceNames.For(gateway.Namespace, gateway.Name),
            labels,
            annotations,
            [.. ports],
            type,
            settings.PodSelector,
            // Owner references cannot cross namespaces; elsewhere the leader deletes the Service itself.
            gateway.Namespace == settings.PodNamespace && gateway.Uid is { Length: > 0 } uid
                ? new ServiceOwner(gateway.ApiVersion, gateway.Kind, gateway.Name, uid)
                : null,
            loadBalancer && requested.Ips.Length == 1 ? requested.Ips[0] : null,
            loadBalancer ? [] : requested.Ips);
    }

    private static IEnumerable<JsonElement> Items(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static ImmutableSortedDictionary<string, string> Map(JsonElement e, string property)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (KubeJsonRead.Object(e, property) is { ValueKind: JsonValueKind.Object } o)
        {
            foreach (var p in o.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                map[p.Name] = p.Value.GetString()!;
            }
        }

        return map.ToImmutable();
    }
}
