using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>IngressRouteTCP spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tcp/ingressroutetcp/).</summary>
public sealed class IngressRouteTcpSpec
{
    [Description("Entry points (proxy listeners, by name) this route serves; all of them when empty.")]
    public List<string>? EntryPoints { get; set; }

    [Description("The routes, each a match rule and the Services it sends to.")]
    [Required]
    public List<RouteTcp>? Routes { get; set; }

    [Description("TLS on this route: forward it untouched (passthrough) or end it here with a certificate. Without it the route is plain TCP.")]
    public TlsTcp? Tls { get; set; }
}
