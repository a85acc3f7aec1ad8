using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Connections;

/// <summary>
/// Reports a closed connection once: its bytes added to the observed totals, one duration measurement
/// (plus a rejection when it was one) and, when enabled, one access log line.
/// </summary>
internal sealed class ConnectionReporter(ProxyInstruments instruments, TimeProvider time, ProxyOptions options, ILogger accessLogger)
{
    public void Report(ProxyConnection connection, string entryPoint)
    {
        var duration = time.GetElapsedTime(connection.StartTimestamp);
        var route = connection.RouteId ?? "";
        var backend = connection.BackendName ?? "";
        var reason = connection.Reason;
        var reasonName = reason.Name();
        if (reason.IsRejection())
        {
            instruments.Rejections.Add(1, new TagList { { "entrypoint", entryPoint }, { "route", route }, { "reason", reasonName } });
        }

        var up = connection.Stats.ClientToBackend;
        var down = connection.Stats.BackendToClient;
        instruments.Totals.AddBytes(entryPoint, route, backend, up, down);
        instruments.Duration.Record(duration.TotalSeconds, new TagList { { "entrypoint", entryPoint }, { "route", route }, { "backend", backend } });
        if (options.AccessLog && accessLogger.IsEnabled(LogLevel.Information))
        {
            var milliseconds = (long)duration.TotalMilliseconds;
            AccessLog.Closed(accessLogger, connection.ClientAddress, entryPoint, connection.ServerName,
                connection.RouteId, connection.BackendName, up, down, milliseconds, reasonName);
        }
    }
}
