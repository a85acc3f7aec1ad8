using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A Kubernetes Service a route sends connections to.</summary>
public sealed class ServiceTcp
{
    [Description("Kubernetes Service name.")]
    [Required]
    public string? Name { get; set; }

    [Description("Its namespace; the route's when omitted (another one needs allowCrossNamespace in the static config).")]
    public string? Namespace { get; set; }

    [Description("Service port, by number or by name.")]
    [Required]
    public IntOrString? Port { get; set; }

    [Description("Relative share of connections among the route's Services; 1 when omitted.")]
    public int? Weight { get; set; }

    [Description("Milliseconds the backend direction may keep flowing after the client half-closes; negative: no limit. Deprecated: set terminationDelay on a ServersTransportTCP.")]
    public int? TerminationDelay { get; set; }

    [Description("Send a PROXY protocol header to this Service's endpoints.")]
    public ProxyProtocolConfig? ProxyProtocol { get; set; }

    [Description("ServersTransportTCP (by name, in this namespace) that sets how backends are dialled.")]
    public string? ServersTransport { get; set; }

    [Description("Dial the endpoints over TLS (with the transport's TLS settings, or defaults).")]
    public bool? Tls { get; set; }

    [Description("Send to the Service's ClusterIP and let Kubernetes balance, instead of to the endpoints directly.")]
    public bool? NativeLB { get; set; }

    [Description("Send to node IPs on the NodePort. Accepted and ignored: the proxy runs in the cluster and uses endpoints.")]
    public bool? NodePortLB { get; set; }

    [Description("Active health check of the endpoints: only those that pass take new connections.")]
    public ServerHealthCheck? HealthCheck { get; set; }
}
