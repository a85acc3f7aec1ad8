using System.Collections.Immutable;
using System.Text.Json;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// The addresses a Service is reachable on, read from the object the watch cache holds: the load balancer's
/// ingress IPs and hostnames once the cloud assigned them (status.loadBalancer.ingress), else for ClusterIP and
/// NodePort Services their external IPs or cluster IP.
/// </summary>
internal static class ServiceAddresses
{
    public static string Type(KubeObject service) => KubeJsonRead.String(Spec(service), "type") ?? "ClusterIP";

    public static ImmutableArray<StatusAddress> Of(KubeObject service)
    {
        var spec = Spec(service);
        if (Type(service) == "LoadBalancer")
        {
            var ingress = KubeJsonRead.Object(service.Json, "status") is { ValueKind: JsonValueKind.Object } status
                && KubeJsonRead.Object(status, "loadBalancer") is { ValueKind: JsonValueKind.Object } lb
                && lb.TryGetProperty("ingress", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray()
                : default;
            var addresses = ImmutableArray.CreateBuilder<StatusAddress>();
            foreach (var entry in ingress)
            {
                if (KubeJsonRead.String(entry, "ip") is { Length: > 0 } ip)
                {
                    addresses.Add(StatusAddress.Ip(ip));
                }
                else if (KubeJsonRead.String(entry, "hostname") is { Length: > 0 } hostname)
                {
                    addresses.Add(StatusAddress.Hostname(hostname));
                }
            }

            return addresses.ToImmutable();
        }

        var external = Strings(spec, "externalIPs");
        if (!external.IsEmpty)
        {
            return [.. external.Select(StatusAddress.Ip)];
        }

        return KubeJsonRead.String(spec, "clusterIP") is { Length: > 0 } clusterIp && clusterIp != "None" ? [StatusAddress.Ip(clusterIp)] : [];
    }

    private static JsonElement Spec(KubeObject service) => KubeJsonRead.Object(service.Json, "spec");

    private static ImmutableArray<string> Strings(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
