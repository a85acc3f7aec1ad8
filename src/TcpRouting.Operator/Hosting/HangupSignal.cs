using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// SIGHUP reloads instead of ending the process: its default action terminates, which cut every live stream when a
/// terminal closed or a supervisor sent it (issue 12, finding 9). As with nginx and HAProxy, HUP means "reload":
/// a manifests folder is read again (the last good version of each object stays); a cluster is watched live, so
/// there is nothing to reload and the signal is only logged.
/// </summary>
internal sealed partial class HangupSignal(IRouteSource source, ILogger<HangupSignal> logger) : IHostedService, IDisposable
{
    private PosixSignalRegistration? _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows())
        {
            _registration = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnHangup);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _registration?.Dispose();

    private void OnHangup(PosixSignalContext context)
    {
        context.Cancel = true; // do not terminate
        var action = source.RequestReload();
        LogHangup(action);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SIGHUP: {Action}; live connections are untouched")]
    private partial void LogHangup(string action);
}
