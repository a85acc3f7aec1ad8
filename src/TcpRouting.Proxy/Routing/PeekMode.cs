namespace TcpRouting.Proxy.Routing;

/// <summary>What a listener reads before choosing a route.</summary>
internal enum PeekMode
{
    /// <summary>Every route is a plain catch-all: route at once, never wait for client bytes, so
    /// server-first protocols (MySQL, SMTP) work.</summary>
    None,

    /// <summary>Read the first bytes: a TLS ClientHello (maybe after a PostgreSQL SSLRequest) or plain.</summary>
    ClientHello,
}
