using System.Net;

namespace TcpRouting.Model;

/// <summary>What is known about a connection when a route is chosen.</summary>
/// <param name="ClientAddress">The client IP: the PROXY protocol source when the listener trusts it, else the peer.</param>
/// <param name="IsTls">True when the connection began with a TLS ClientHello (directly or after a PostgreSQL SSLRequest).</param>
/// <param name="ServerName">SNI from the ClientHello, lower case; null when absent or not TLS.</param>
/// <param name="AlpnProtocols">ALPN protocols offered in the ClientHello; empty when none.</param>
public readonly record struct ConnectionFacts(
    IPAddress ClientAddress,
    bool IsTls,
    string? ServerName,
    IReadOnlyList<string> AlpnProtocols);
