using System.Globalization;
using System.Text.Json;

namespace TcpRouting.Translation.Core;

/// <summary>Resolves a Service port to ready endpoints (EndpointSlices), its ClusterIP, or its ExternalName (only when
/// <see cref="ClusterIndex.AllowExternalNameServices"/>). Addresses are read strictly (<see cref="IpAddressText"/>).</summary>
public static class BackendResolver
{
    /// <summary>The condition reason when an ExternalName Service is refused.</summary>
    public const string ExternalNameNotAllowed = "ExternalNameNotAllowed";

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

            if (!index.AllowExternalNameServices)
            {
                // As Traefik's CRD provider ("externalName services not allowed"): the name could be anything the proxy
                // resolves, localhost and the admin port included.
                return new BackendResolution([], serviceRef,
                    $"Service {@namespace}/{service} is of type ExternalName ({host}), which is not followed unless allowExternalNameServices is set",
                    ExternalNameNotAllowed);
            }

            if (LooksLikeIPv4(host) && !IpAddressText.TryParse(host, out _))
            {
                // The resolver would read "010.0.0.1" as inet_aton does (octal): refuse it as the other addresses.
                return Fail(serviceRef, $"Service {@namespace}/{service}: spec.externalName \"{host}\" is not a valid IP address (leading zeros?)");
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
                : !IpAddressText.TryParse(clusterIp, out _)
                ? Fail(serviceRef, $"Service {@namespace}/{service}: spec.clusterIP \"{clusterIp}\" is not a valid IP address")
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
                    // Strict: an address the API server would refuse ("010.0.0.1") is skipped, never read as octal.
                    if (address.ValueKind == JsonValueKind.String && address.GetString() is { Length: > 0 } a && IpAddressText.TryParse(a, out _))
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

    /// <summary>Every label a number (decimal, octal or 0x hex): a name the resolver would read as an inet_aton address.</summary>
    private static bool LooksLikeIPv4(string host) => host.Split('.').All(label => label.Length > 0
        && (label.All(char.IsAsciiDigit) || (label.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && label[2..].All(char.IsAsciiHexDigit))));
}
