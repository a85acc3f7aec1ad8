using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TcpRouting.Operator.Loading;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// `run --manifests DIR`: serves the folder and reloads when its files change (a FileSystemWatcher feeding a
/// debounce on TimeProvider). The first table is applied in StartAsync, before the proxy starts listening.
/// </summary>
internal sealed partial class ManifestRouteSource(RunSettings settings, RouteTableHolder holder, TimeProvider time, ILogger<ManifestRouteSource> logger)
    : IHostedService, IRouteSource, IDisposable
{
    private readonly LastGoodReloader _reloader = new(settings.Config, settings.GatewayControllerName);
    private readonly Debouncer _debouncer = new(settings.ReloadDebounce, time);
    private readonly CancellationTokenSource _stopping = new();
    private TranslationResult? _lastResult;
    private ManifestWatcher? _watcher;
    private Task _loop = Task.CompletedTask;

    public bool IsReady => Volatile.Read(ref _lastResult) is not null;

    public TranslationResult? LastResult => Volatile.Read(ref _lastResult);

    private string Root => settings.ManifestsDir!;

    public string RequestReload()
    {
        _debouncer.Notify();
        return $"reloading {Root}";
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Watch before the first read, so an edit made while we read is not missed.
        _watcher = new ManifestWatcher(Root, _debouncer);
        Reload();
        _loop = WatchAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _stopping.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _debouncer.WaitAsync(cancellationToken).ConfigureAwait(false);
                Reload();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A reload that throws (a folder removed under us) must not end watching; the last table stays.
                LogReloadFailed(e.Message);
            }
        }
    }

    private HashSet<SourceRef> _broken = [];

    private void Reload()
    {
        var outcome = _reloader.Reload(ManifestLoader.Load([Root]));
        foreach (var problem in outcome.Problems)
        {
            LogProblem(problem);
        }

        foreach (var kept in outcome.Kept)
        {
            LogKeptLastGood(kept.ToString());
        }

        // An object that had problems and has none now says so once: the warnings above stop, and a user who fixed
        // an edit sees that the fix took.
        var broken = outcome.Result.Statuses.Where(s => !s.IsAccepted || !s.Problems.IsDefaultOrEmpty).Select(s => s.Object).ToHashSet();
        foreach (var recovered in outcome.Result.Statuses.Select(s => s.Object).Where(o => _broken.Contains(o) && !broken.Contains(o)).Distinct())
        {
            LogRecovered(recovered);
        }

        _broken = broken;

        var first = Interlocked.Exchange(ref _lastResult, outcome.Result) is null;
        var table = outcome.Result.Table;
        if (holder.Update(table) || first)
        {
            var routes = table.Listeners.Sum(l => l.Routes.Length);
            LogApplied(Root, table.Listeners.Length, routes, outcome.Problems.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Route table from {Folder} applied: {Listeners} listeners, {Routes} routes, {Problems} problems")]
    private partial void LogApplied(string folder, int listeners, int routes, int problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Object}: recovered, its problems are fixed and it is served as written")]
    private partial void LogRecovered(SourceRef @object);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Object}: serving its last good version until the problem is fixed")]
    private partial void LogKeptLastGood(string @object);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the manifests failed, the last table stays: {Reason}")]
    private partial void LogReloadFailed(string reason);
}
