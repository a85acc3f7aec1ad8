using System.ComponentModel;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A Kubernetes Service a route sends connections to.</summary>
public sealed class ServiceTcp
{
    [Description("Name defines the name of the referenced Kubernetes Service.")]
    public string? Name { get; set; }

    [Description("Namespace defines the namespace of the referenced Kubernetes Service.")]
    public string? Namespace { get; set; }

    [Description("Port defines the port of a Kubernetes Service: a number or a port name.")]
    public IntOrString? Port { get; set; }

    [Description("Weight defines the weight used when balancing connections between multiple services (default 1).")]
    public int? Weight { get; set; }

    [Description("TerminationDelay defines the deadline, in milliseconds, that the proxy sets on the connection to the server once the client closed its side. Deprecated: use ServersTransport.")]
    public int? TerminationDelay { get; set; }

    [Description("ProxyProtocol defines the PROXY protocol configuration sent to the servers.")]
    public ProxyProtocolConfig? ProxyProtocol { get; set; }

    [Description("ServersTransport defines the name of the ServersTransportTCP resource to use.")]
    public string? ServersTransport { get; set; }

    [Description("TLS determines whether to use TLS when dialing the backend.")]
    public bool? Tls { get; set; }

    [Description("NativeLB controls whether to use the Kubernetes Service ClusterIP instead of the endpoints.")]
    public bool? NativeLB { get; set; }

    [Description("NodePortLB controls, when creating the load balancer, whether the LB's children are directly the nodes internal IPs using the nodePort when the service type is NodePort.")]
    public bool? NodePortLB { get; set; }
}
