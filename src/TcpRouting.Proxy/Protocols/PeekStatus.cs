namespace TcpRouting.Proxy.Protocols;

/// <summary>The outcome of looking at the first bytes of a connection. Parsers never throw on input.</summary>
public enum PeekStatus
{
    /// <summary>So far consistent; read more bytes and call again with the whole buffer.</summary>
    NeedMoreData,

    /// <summary>Parsed; the out values are set.</summary>
    Done,

    /// <summary>These bytes are not this protocol (e.g. not a TLS handshake record).</summary>
    NotThisProtocol,

    /// <summary>Starts like this protocol but is malformed.</summary>
    Invalid,

    /// <summary>Larger than the cap allowed.</summary>
    TooLarge,
}
