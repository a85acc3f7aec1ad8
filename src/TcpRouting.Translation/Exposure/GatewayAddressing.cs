using System.Collections.Immutable;
using TcpRouting.Translation.Gateway;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// Gateway status.addresses from the Gateway's Service, and Programmed=False with reason AddressNotAssigned
/// while it has none or lacks a requested one; Accepted=False with reason UnsupportedAddress for an address
/// type a Service cannot carry (https://gateway-api.sigs.k8s.io/reference/spec/#gatewayconditionreason).
/// </summary>
internal static class GatewayAddressing
{
    public static ObjectStatus Apply(ObjectStatus status, KubeObject gateway, KubeObject? service, ServiceApply planned)
    {
        var requested = RequestedAddresses.Of(gateway);
        var g = status.Generation;
        var serviceName = $"Service {planned.Namespace}/{planned.Name}";
        var addresses = service is null ? [] : ServiceAddresses.Of(service);
        if (!addresses.IsEmpty)
        {
            addresses = addresses.AddRange(requested.Hostnames.Select(StatusAddress.Hostname));
        }

        string? notAssigned = null;
        if (requested.Unsupported.Length > 0)
        {
            notAssigned = $"address types a Service cannot carry: {string.Join(", ", requested.Unsupported)}";
        }
        else if (planned.Type == "LoadBalancer" && requested.Ips.Length > 1)
        {
            notAssigned = $"a LoadBalancer Service carries one requested IP address, not {requested.Ips.Length}";
        }
        else if (service is null)
        {
            notAssigned = $"waiting for {serviceName} to be created";
        }
        else if (addresses.IsEmpty)
        {
            notAssigned = planned.Type == "LoadBalancer" ? $"waiting for the load balancer of {serviceName} to get an address" : $"{serviceName} has no address yet";
        }
        else if (requested.Ips.FirstOrDefault(ip => !addresses.Any(a => a.Value == ip)) is { } missing)
        {
            notAssigned = $"requested address {missing} is not assigned to {serviceName} (it has {string.Join(", ", addresses.Select(a => a.Value))})";
        }

        var conditions = status.Conditions;
        if (requested.Unsupported.Length > 0)
        {
            conditions = Replace(conditions, GatewayApi.False("Accepted", "UnsupportedAddress", notAssigned!, g));
        }

        if (notAssigned is not null && conditions.Any(c => c.Type == "Programmed" && c.Status == "True"))
        {
            conditions = Replace(conditions, GatewayApi.False("Programmed", "AddressNotAssigned", notAssigned, g));
        }

        return status with { Conditions = conditions, Addresses = addresses.Distinct().ToImmutableArray() };
    }

    private static ImmutableArray<Condition> Replace(ImmutableArray<Condition> conditions, Condition replacement) =>
        [.. conditions.Select(c => c.Type == replacement.Type ? replacement : c)];
}
