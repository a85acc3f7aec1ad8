using TcpRouting.Kubernetes.Client;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Management.Model;

/// <summary>A kind `generate`, `route`, `middleware` and the MCP tools write, with the name the CLI gives it.</summary>
internal sealed record ManagedKind(string CliName, KubeResource Resource)
{
    public static ManagedKind IngressRouteTcp { get; } = new("ingressroutetcp", new("traefik.io", "v1alpha1", "ingressroutetcps", "IngressRouteTCP"));

    public static ManagedKind MiddlewareTcp { get; } = new("middlewaretcp", new("traefik.io", "v1alpha1", "middlewaretcps", "MiddlewareTCP"));

    // Gateway API experimental channel: TCPRoute and TLSRoute are served at v1alpha2 (deprecated but served by upstream v1.6).
    public static ManagedKind TcpRoute { get; } = new("tcproute", new("gateway.networking.k8s.io", "v1alpha2", "tcproutes", "TCPRoute"));

    public static ManagedKind TlsRoute { get; } = new("tlsroute", new("gateway.networking.k8s.io", "v1alpha2", "tlsroutes", "TLSRoute"));

    public static ManagedKind TcpIngress { get; } = new("tcpingress", new("configuration.konghq.com", "v1beta1", "tcpingresses", "TCPIngress"));

    /// <summary>The route kinds, in the order `route list` shows them.</summary>
    public static IReadOnlyList<ManagedKind> Routes { get; } = [IngressRouteTcp, TcpRoute, TlsRoute, TcpIngress];

    public static IReadOnlyList<ManagedKind> All { get; } = [IngressRouteTcp, MiddlewareTcp, TcpRoute, TlsRoute, TcpIngress];

    public string Kind => Resource.Kind;

    public bool Matches(KubeObject o) => o.Kind == Kind && o.Group == Resource.Group;

    public static ManagedKind ParseRoute(string cliName) =>
        Routes.FirstOrDefault(k => k.CliName.Equals(cliName, StringComparison.OrdinalIgnoreCase))
        ?? throw new ManagementException($"unknown route kind '{cliName}': expected one of {string.Join(", ", Routes.Select(k => k.CliName))}");
}
