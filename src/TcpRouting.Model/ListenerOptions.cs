using System.Collections.Immutable;
using System.Net;

namespace TcpRouting.Model;

/// <summary>Per entry point settings from the static config file.</summary>
/// <param name="ProxyProtocolTrustedIps">Sources whose inbound PROXY protocol header is honoured
/// (Traefik entryPoints.proxyProtocol.trustedIPs). Empty means inbound PROXY protocol is off.</param>
/// <param name="ProxyProtocolInsecure">Trust a PROXY header from any source.</param>
/// <param name="PeekTimeout">How long to wait for the first client bytes (ClientHello, SSLRequest,
/// PROXY header) on a listener that must peek; then the connection is closed.</param>
/// <param name="IdleTimeout">A connection with no bytes either way for this long is closed.</param>
/// <param name="MaxClientHelloBytes">Cap on the bytes buffered while reading a ClientHello.</param>
/// <param name="GracePeriod">On shutdown or listener removal, how long live connections may finish.</param>
public sealed record ListenerOptions(
    ImmutableArray<IPNetwork> ProxyProtocolTrustedIps,
    bool ProxyProtocolInsecure,
    TimeSpan PeekTimeout,
    TimeSpan IdleTimeout,
    int MaxClientHelloBytes,
    TimeSpan GracePeriod)
{
    public static ListenerOptions Default { get; } = new(
        [],
        ProxyProtocolInsecure: false,
        PeekTimeout: TimeSpan.FromSeconds(5),
        IdleTimeout: TimeSpan.FromMinutes(3),
        MaxClientHelloBytes: 64 * 1024,
        GracePeriod: TimeSpan.FromSeconds(10));

    public bool TrustsProxyProtocolFrom(IPAddress source)
    {
        if (ProxyProtocolInsecure)
        {
            return true;
        }

        var address = source.IsIPv4MappedToIPv6 ? source.MapToIPv4() : source;
        foreach (var network in ProxyProtocolTrustedIps)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}
