using System.Net;

namespace TcpRouting.Proxy.Connections;

/// <summary>The addresses a PROXY protocol header to the backend carries: the real client and where it connected.</summary>
internal readonly record struct ProxyOut(IPEndPoint Source, IPEndPoint Destination)
{
    /// <summary>IPv4 clients of a dual-stack listener appear as ::ffff:a.b.c.d; the header wants TCP4 for them.</summary>
    public static ProxyOut Create(IPEndPoint source, IPEndPoint destination) => new(Unmap(source), Unmap(destination));

    private static IPEndPoint Unmap(IPEndPoint endPoint) =>
        endPoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint;
}
