namespace TcpRouting.Translation.Core;

/// <summary>Resolves a Service port to ready endpoints (EndpointSlices), its ClusterIP, or its ExternalName.</summary>
public static class BackendResolver
{
    /// <param name="port">A port number or a port name of the Service.</param>
    /// <param name="useClusterIp">Traefik nativeLB: the ClusterIP and port instead of the endpoints.</param>
    public static BackendResolution Resolve(ClusterIndex index, string @namespace, string service, string port, bool useClusterIp = false)
    {
        ArgumentNullException.ThrowIfNull(index);
        _ = useClusterIp;
        return new BackendResolution([], null, $"Service {@namespace}/{service} port {port} not found"); // filled in by the translation work
    }
}
