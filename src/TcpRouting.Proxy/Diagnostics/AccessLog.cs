using System.Net;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Proxy.Diagnostics;

/// <summary>One line per closed connection on the "TcpRouting.AccessLog" category.</summary>
internal static partial class AccessLog
{
    public const string Category = "TcpRouting.AccessLog";

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "{Client} entrypoint={EntryPoint} sni={Sni} route={Route} backend={Backend} up={BytesUp} down={BytesDown} duration={DurationMs}ms close={CloseReason}")]
    public static partial void Closed(ILogger logger, IPAddress? client, string entryPoint, string? sni, string? route, string? backend,
        long bytesUp, long bytesDown, long durationMs, string closeReason);
}
