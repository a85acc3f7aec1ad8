using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>MiddlewareTCP spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tcp/middlewaretcp/).</summary>
public sealed class MiddlewareTcpSpec
{
    [Description("InFlightConn defines the InFlightConn middleware configuration.")]
    public InFlightConnConfig? InFlightConn { get; set; }

    [Description("IPAllowList defines the IPAllowList middleware configuration.")]
    public IpAllowListConfig? IpAllowList { get; set; }

    [Description("IPWhiteList defines the IPWhiteList middleware configuration. Deprecated: please use IPAllowList instead.")]
    public IpAllowListConfig? IpWhiteList { get; set; }
}
