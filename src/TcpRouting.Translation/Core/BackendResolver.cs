using System.Globalization;
using System.Text.Json;

namespace TcpRouting.Translation.Core;

/// <summary>Resolves a Service port to ready endpoints (EndpointSlices), its ClusterIP, or its ExternalName.</summary>
public static class BackendResolver
{
    /// <param name="port">A port number or a port name of the Service.</param>
    /// <param name="useClusterIp">Traefik nativeLB: the ClusterIP and port instead of the endpoints.</param>
    public static BackendResolution Resolve(ClusterIndex index, string @namespace, string service, string port, bool useClusterIp = false)
    {
        ArgumentNullException.ThrowIfNull(index);
        var serviceRef = new SourceRef("Service", @namespace, service);
        if (index.Find("Service", @namespace, service) is not { } svc)
        {
            return Fail(serviceRef, $"Service {@namespace}/{service} not found");
        }

        var spec = svc.Json.TryGetProperty("spec", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var servicePort = FindPort(spec, port);
        var portNumber = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;

        if (KubeJsonRead.String(spec, "type") == "ExternalName")
        {
            // An ExternalName Service often lists no ports: a numeric port is taken as given (as Traefik does).
            var host = KubeJsonRead.String(spec, "externalName");
            var externalPort = servicePort?.Port ?? portNumber;
            if (string.IsNullOrEmpty(host))
            {
                return Fail(serviceRef, $"Service {@namespace}/{service} is ExternalName without spec.externalName");
            }

            return externalPort is { } p and > 0 and <= 65535
                ? new BackendResolution([new BackendEndpoint(host.TrimEnd('.'), p)], serviceRef, null)
                : Fail(serviceRef, $"Service {@namespace}/{service} has no port {port}");
        }

        if (servicePort is not { } sp)
        {
            return Fail(serviceRef, $"Service {@namespace}/{service} has no port {port}");
        }

        if (useClusterIp)
        {
            var clusterIp = KubeJsonRead.String(spec, "clusterIP");
            return string.IsNullOrEmpty(clusterIp) || clusterIp == "None"
                ? Fail(serviceRef, $"Service {@namespace}/{service} has no cluster IP (spec.clusterIP)")
                : new BackendResolution([new BackendEndpoint(clusterIp, sp.Port)], serviceRef, null);
        }

        return new BackendResolution([.. ReadyEndpoints(index.EndpointSlicesOf(@namespace, service), sp.Name)], serviceRef, null);
    }

    /// <summary>Addresses of ready endpoints (conditions.ready true or absent, per the EndpointSlice API) on the slice
    /// port named like the Service port, de-duplicated and ordered.</summary>
    private static SortedSet<BackendEndpoint> ReadyEndpoints(IReadOnlyList<KubeObject> slices, string portName)
    {
        var result = new SortedSet<BackendEndpoint>(Comparer<BackendEndpoint>.Create((a, b) =>
        {
            var c = string.CompareOrdinal(a.Host, b.Host);
            return c != 0 ? c : a.Port.CompareTo(b.Port);
        }));
        foreach (var slice in slices)
        {
            var targetPort = SlicePort(slice.Json, portName);
            if (targetPort is null || !slice.Json.TryGetProperty("endpoints", out var endpoints) || endpoints.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var endpoint in endpoints.EnumerateArray())
            {
                if (endpoint.ValueKind != JsonValueKind.Object || !IsReady(endpoint)
                    || !endpoint.TryGetProperty("addresses", out var addresses) || addresses.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var address in addresses.EnumerateArray())
                {
                    if (address.ValueKind == JsonValueKind.String && address.GetString() is { Length: > 0 } a)
                    {
                        result.Add(new BackendEndpoint(a, targetPort.Value));
                    }
                }
            }
        }

        return result;
    }

    private static bool IsReady(JsonElement endpoint) =>
        !endpoint.TryGetProperty("conditions", out var conditions)
        || conditions.ValueKind != JsonValueKind.Object
        || !conditions.TryGetProperty("ready", out var ready)
        || ready.ValueKind != JsonValueKind.False;

    private static int? SlicePort(JsonElement slice, string portName)
    {
        if (!slice.TryGetProperty("ports", out var ports) || ports.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var p in ports.EnumerateArray())
        {
            if (p.ValueKind == JsonValueKind.Object
                && (KubeJsonRead.String(p, "name") ?? string.Empty) == portName
                && KubeJsonRead.Int(p, "port") is { } number and > 0 and <= 65535)
            {
                return number;
            }
        }

        return null;
    }

    private static (string Name, int Port)? FindPort(JsonElement spec, string port)
    {
        if (spec.ValueKind != JsonValueKind.Object || !spec.TryGetProperty("ports", out var ports) || ports.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var p in ports.EnumerateArray())
        {
            if (p.ValueKind != JsonValueKind.Object || KubeJsonRead.Int(p, "port") is not { } number)
            {
                continue;
            }

            var name = KubeJsonRead.String(p, "name") ?? string.Empty;
            if (number.ToString(CultureInfo.InvariantCulture) == port || (name.Length > 0 && name == port))
            {
                return (name, number);
            }
        }

        return null;
    }

    private static BackendResolution Fail(SourceRef service, string error) => new([], service, error);
}
