using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Peeking;

/// <summary>What peeking learned, and the bytes read but not consumed (to replay or hand to TLS).</summary>
/// <param name="Rejection">Set when the connection must be closed instead of routed.</param>
/// <param name="Proxy">The inbound PROXY header, when a trusted peer sent one.</param>
/// <param name="Hello">The ClientHello, when the connection is TLS.</param>
/// <param name="PostgresSsl">The client sent a PostgreSQL SSLRequest (already answered 'S').</param>
/// <param name="Buffered">Bytes after the consumed prefixes (PROXY header, SSLRequest): the ClientHello or the first plain bytes.</param>
internal sealed record PeekOutcome(
    CloseReason? Rejection,
    ProxyHeader? Proxy,
    ClientHelloInfo? Hello,
    bool PostgresSsl,
    byte[] Buffered)
{
    public static PeekOutcome Plain { get; } = new(null, null, null, false, []);

    public bool IsTls => Hello is not null;

    public static PeekOutcome Reject(CloseReason reason) => new(reason, null, null, false, []);
}
