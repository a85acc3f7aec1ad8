namespace TcpRouting.Proxy.Diagnostics;

/// <summary>Stable snake_case names for metric tags and the access log (no per-connection string building).</summary>
internal static class CloseReasonNames
{
    public static string Name(this CloseReason reason) => reason switch
    {
        CloseReason.Completed => "completed",
        CloseReason.ClientClosed => "client_closed",
        CloseReason.NoRoute => "no_route",
        CloseReason.AllowList => "allow_list",
        CloseReason.InFlight => "in_flight",
        CloseReason.PeekTimeout => "peek_timeout",
        CloseReason.InvalidHello => "invalid_hello",
        CloseReason.NoEndpoint => "no_endpoint",
        CloseReason.ConnectFailed => "connect_failed",
        CloseReason.HandshakeFailed => "handshake_failed",
        CloseReason.IdleTimeout => "idle_timeout",
        CloseReason.TerminationDelay => "termination_delay",
        CloseReason.Reset => "reset",
        CloseReason.Shutdown => "shutdown",
        _ => "unknown",
    };

    /// <summary>True for the reasons counted as tcprouting.rejections.</summary>
    public static bool IsRejection(this CloseReason reason) => reason is CloseReason.NoRoute or CloseReason.AllowList
        or CloseReason.InFlight or CloseReason.PeekTimeout or CloseReason.InvalidHello or CloseReason.NoEndpoint;
}
