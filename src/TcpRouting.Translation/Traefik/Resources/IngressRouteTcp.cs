using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>traefik.io/v1alpha1 (or traefik.containo.us/v1alpha1) IngressRouteTCP: routes raw TCP connections (by SNI, client IP or ALPN) to Services.</summary>
public sealed class IngressRouteTcp
{
    [Description("APIVersion: traefik.io/v1alpha1.")]
    public string? ApiVersion { get; set; }

    [Description("Kind of the object.")]
    public string? Kind { get; set; }

    [Description("Standard object metadata.")]
    public ObjectMetadata? Metadata { get; set; }

    [Description("The desired state.")]
    public IngressRouteTcpSpec? Spec { get; set; }
}
