using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>traefik.io/v1alpha1 (or traefik.containo.us/v1alpha1) ServersTransportTCP: how connections to backend servers are made (timeouts, TLS, PROXY protocol).</summary>
public sealed class ServersTransportTcp
{
    [Description("traefik.io/v1alpha1, or the older traefik.containo.us/v1alpha1.")]
    public string? ApiVersion { get; set; }

    [Description("The object kind.")]
    public string? Kind { get; set; }

    [Description("Name and namespace; translation reads no other metadata.")]
    public ObjectMetadata? Metadata { get; set; }

    [Description("What the object asks of the proxy.")]
    public ServersTransportTcpSpec? Spec { get; set; }
}
