using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>traefik.io/v1alpha1 (or traefik.containo.us/v1alpha1) IngressRouteTCP: routes raw TCP connections (by SNI, client IP or ALPN) to Services.</summary>
public sealed class IngressRouteTcp
{
    [Description("traefik.io/v1alpha1, or the older traefik.containo.us/v1alpha1.")]
    public string? ApiVersion { get; set; }

    [Description("The object kind.")]
    public string? Kind { get; set; }

    [Description("Name and namespace; translation reads no other metadata.")]
    public ObjectMetadata? Metadata { get; set; }

    [Description("What the object asks of the proxy.")]
    public IngressRouteTcpSpec? Spec { get; set; }
}
