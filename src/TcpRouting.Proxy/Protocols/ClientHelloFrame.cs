namespace TcpRouting.Proxy.Protocols;

/// <summary>Where a complete ClientHello lies in the buffer: found by walking the TLS records.</summary>
/// <param name="BodyLength">Length of the ClientHello body, after the 4 byte handshake header.</param>
/// <param name="RecordCount">Records whose fragments hold the handshake message.</param>
/// <param name="End">Offset just past the last of those records.</param>
internal readonly record struct ClientHelloFrame(int BodyLength, int RecordCount, long End);
