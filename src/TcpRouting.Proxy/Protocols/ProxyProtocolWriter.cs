using System.Net;

namespace TcpRouting.Proxy.Protocols;

/// <summary>Writes the PROXY protocol header sent to a backend (v1 text or v2 binary, TCP over IPv4/IPv6).</summary>
public static class ProxyProtocolWriter
{
    public static byte[] Write(int version, IPEndPoint source, IPEndPoint destination) =>
        throw new NotSupportedException($"PROXY protocol v{version} writer is implemented by the parsers work ({source} -> {destination}).");
}
