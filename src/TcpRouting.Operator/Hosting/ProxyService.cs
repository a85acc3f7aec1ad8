using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// Runs the data plane. The drain happens in <see cref="StoppingAsync"/>, which the host calls before any
/// StopAsync, so the admin listener still answers (/readyz says 503, /metrics counts the drain) while live
/// connections finish within the grace period.
/// </summary>
internal sealed class ProxyService(RouteTableHolder holder, BackendHealthHolder health, ListenerBindHolder binds, RunSettings settings, DrainState drain, ILoggerFactory loggerFactory, TimeProvider time)
    : IHostedLifecycleService, IAsyncDisposable
{
    private readonly ProxyServer _server = new(holder, new ProxyOptions(settings.AccessLog), loggerFactory, time, health);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Bind failures go back to the status writer (a Gateway listener that cannot bind is not Programmed).
        _server.UnboundListenersChanged += binds.Publish;
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        binds.Publish(_server.UnboundListeners);
    }

    /// <summary>Static entry points (the config file's) that are not bound, with why; readiness waits for none.
    /// Gateway, Kong and ngrok listeners are left out: one bad object must not take every replica out of service.</summary>
    public IReadOnlyDictionary<string, string> UnboundEntryPoints =>
        _server.UnboundListeners.Where(p => settings.Config.Find(p.Key) is not null).ToDictionary(StringComparer.Ordinal);

    /// <summary>Every listener that is not bound (for status writers), and when that changes.</summary>
    public ProxyServer Server => _server;

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        drain.Begin();
        return _server.StopAsync(settings.GracePeriod, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => _server is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
