using System.Net;

namespace TcpRouting.Proxy.Protocols;

/// <summary>A parsed PROXY protocol header (haproxy proxy-protocol.txt, v1 text and v2 binary).</summary>
/// <param name="Source">The original client; null for LOCAL / UNKNOWN, where the peer address stands.</param>
/// <param name="Destination">The address the client connected to; null for LOCAL / UNKNOWN.</param>
/// <param name="Length">Bytes the header took; the payload starts after them.</param>
public sealed record ProxyHeader(int Version, IPEndPoint? Source, IPEndPoint? Destination, int Length);
