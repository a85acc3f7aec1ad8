namespace TcpRouting.Proxy.Protocols;

/// <summary>What routing needs from a TLS ClientHello (RFC 8446 section 4.1.2).</summary>
/// <param name="ServerName">The server_name extension's host_name (RFC 6066 section 3), lower case; null if absent.</param>
/// <param name="AlpnProtocols">The application_layer_protocol_negotiation list (RFC 7301); empty if absent.</param>
/// <param name="BytesExamined">Bytes of the buffer that held the complete ClientHello records.</param>
public sealed record ClientHelloInfo(string? ServerName, IReadOnlyList<string> AlpnProtocols, long BytesExamined);
