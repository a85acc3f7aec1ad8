namespace TcpRouting.Translation.Status;

/// <summary>
/// An address an object is reachable on: Gateway status.addresses entries (type IPAddress or Hostname,
/// https://gateway-api.sigs.k8s.io/reference/spec/#gatewaystatusaddress), and status.loadBalancer.ingress
/// entries (ip or hostname) on TCPIngress and IngressRouteTCP, as Kong writes them.
/// </summary>
public sealed record StatusAddress(string Type, string Value)
{
    public const string IPAddressType = "IPAddress";
    public const string HostnameType = "Hostname";

    public static StatusAddress Ip(string value) => new(IPAddressType, value);

    public static StatusAddress Hostname(string value) => new(HostnameType, value);
}
