using Microsoft.Extensions.Logging;

namespace TcpRouting.Proxy.Health;

internal static partial class HealthLog
{
    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "Endpoint {Endpoint} passes its {Kind} health check again: it takes new connections")]
    public static partial void Up(ILogger logger, BackendEndpoint endpoint, string kind);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "Endpoint {Endpoint} fails its {Kind} health check ({Reason}): it takes no new connections")]
    public static partial void Down(ILogger logger, BackendEndpoint endpoint, string kind, string reason);

    [LoggerMessage(EventId = 62, Level = LogLevel.Debug, Message = "Health check of {Endpoint} failed: {Reason}")]
    public static partial void CheckFailed(ILogger logger, BackendEndpoint endpoint, string reason);
}
