namespace TcpRouting.Proxy.Diagnostics;

/// <summary>Why a connection ended; the rejection reasons double as the tcprouting.rejections "reason" tag.</summary>
internal enum CloseReason
{
    Completed,
    ClientClosed,
    NoRoute,
    AllowList,
    InFlight,
    PeekTimeout,
    InvalidHello,
    NoEndpoint,
    ConnectFailed,
    HandshakeFailed,
    IdleTimeout,
    TerminationDelay,
    Reset,
    Shutdown,
}
