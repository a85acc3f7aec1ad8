using System.ComponentModel;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>ServersTransportTCP spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tcp/serverstransporttcp/).</summary>
public sealed class ServersTransportTcpSpec
{
    [Description("DialTimeout is the amount of time to wait until a connection to a backend server can be established: a duration such as 30s, or a number of seconds.")]
    public IntOrString? DialTimeout { get; set; }

    [Description("DialKeepAlive is the interval between keep-alive probes for an active network connection.")]
    public IntOrString? DialKeepAlive { get; set; }

    [Description("TerminationDelay defines the delay to wait before fully terminating the connection, after one connected peer has closed its writing capability.")]
    public IntOrString? TerminationDelay { get; set; }

    [Description("TLS defines the TLS configuration to the backend servers.")]
    public ServersTransportTls? Tls { get; set; }

    [Description("ProxyProtocol holds the PROXY protocol configuration.")]
    public ProxyProtocolConfig? ProxyProtocol { get; set; }
}
