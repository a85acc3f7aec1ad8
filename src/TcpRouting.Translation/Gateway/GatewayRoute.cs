using TcpRouting.Translation.Gateway.Resources;

namespace TcpRouting.Translation.Gateway;

/// <summary>A TCPRoute or TLSRoute read: its parents, hostnames (TLSRoute) and each rule's backendRefs.</summary>
internal sealed record GatewayRoute(
    KubeObject Source,
    IReadOnlyList<ParentReferenceSpec> ParentRefs,
    IReadOnlyList<string>? Hostnames,
    IReadOnlyList<IReadOnlyList<BackendRefSpec>> Rules)
{
    public bool IsTls => Source.Kind == GatewayApi.TlsRoute;

    /// <summary>Route id prefix: tcproute/&lt;ns&gt;/&lt;name&gt; or tlsroute/&lt;ns&gt;/&lt;name&gt;.</summary>
    public string IdPrefix => $"{Source.Kind.ToLowerInvariant()}/{Source.Namespace}/{Source.Name}";
}
