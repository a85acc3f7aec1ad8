using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>IngressRouteTCP spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tcp/ingressroutetcp/).</summary>
public sealed class IngressRouteTcpSpec
{
    [Description("EntryPoints defines the list of entry point names to bind to. When empty, the route binds to every entry point.")]
    public List<string>? EntryPoints { get; set; }

    [Description("Routes defines the list of routes.")]
    public List<RouteTcp>? Routes { get; set; }

    [Description("TLS defines the TLS configuration on the route: passthrough, or termination with a certificate.")]
    public TlsTcp? Tls { get; set; }
}
