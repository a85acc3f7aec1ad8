using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>MiddlewareTCP spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tcp/middlewaretcp/).</summary>
public sealed class MiddlewareTcpSpec
{
    [Description("Caps the simultaneous connections from one client IP.")]
    public InFlightConnConfig? InFlightConn { get; set; }

    [Description("Lets in only clients whose address is listed.")]
    public IpAllowListConfig? IpAllowList { get; set; }

    [Description("Older name of ipAllowList, read the same way. Deprecated in Traefik v3.")]
    public IpAllowListConfig? IpWhiteList { get; set; }
}
