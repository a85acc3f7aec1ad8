namespace TcpRouting.Operator.Management.Model;

/// <summary>The MiddlewareTCP kinds Traefik has (ipAllowList, inFlightConn).</summary>
internal enum MiddlewareType
{
    IpAllowList,
    InFlightConn,
}
