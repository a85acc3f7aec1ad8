namespace TcpRouting.Proxy;

/// <summary>Process-wide proxy settings (per entry point settings live in <see cref="ListenerOptions"/>).</summary>
/// <param name="AccessLog">Write one line per closed connection on the "TcpRouting.AccessLog" logger.</param>
public sealed record ProxyOptions(bool AccessLog = false);
