using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>traefik.io/v1alpha1 (or traefik.containo.us/v1alpha1) MiddlewareTCP: a connection-level middleware (IP allow list, in-flight connection limit).</summary>
public sealed class MiddlewareTcp
{
    [Description("traefik.io/v1alpha1, or the older traefik.containo.us/v1alpha1.")]
    public string? ApiVersion { get; set; }

    [Description("The object kind.")]
    public string? Kind { get; set; }

    [Description("Name and namespace; translation reads no other metadata.")]
    public ObjectMetadata? Metadata { get; set; }

    [Description("What the object asks of the proxy.")]
    public MiddlewareTcpSpec? Spec { get; set; }
}
