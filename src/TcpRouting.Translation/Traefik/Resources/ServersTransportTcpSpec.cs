using System.ComponentModel;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>ServersTransportTCP spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tcp/serverstransporttcp/).</summary>
public sealed class ServersTransportTcpSpec
{
    [Description("How long a backend connect may take: a duration such as 30s, or whole seconds.")]
    public IntOrString? DialTimeout { get; set; }

    [Description("TCP keep-alive interval toward backends. Checked for syntax, otherwise ignored: the proxy uses the socket defaults.")]
    public IntOrString? DialKeepAlive { get; set; }

    [Description("After one side half-closes, how long the other direction may keep flowing before both are closed.")]
    public IntOrString? TerminationDelay { get; set; }

    [Description("Dial backends over TLS with these settings.")]
    public ServersTransportTls? Tls { get; set; }

    [Description("Send a PROXY protocol header to backends.")]
    public ProxyProtocolConfig? ProxyProtocol { get; set; }
}
