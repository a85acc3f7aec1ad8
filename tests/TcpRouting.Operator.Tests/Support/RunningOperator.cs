using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using TcpRouting.Operator.Hosting;
using TcpRouting.Translation;
using TcpRouting.Translation.Config;

namespace TcpRouting.Operator.Tests.Support;

/// <summary>`tcprouting run --manifests DIR` in process: the real host, the admin listener on a free port.</summary>
internal sealed class RunningOperator : IAsyncDisposable
{
    private readonly Serilog.Core.Logger _logger;

    private RunningOperator(WebApplication app, Serilog.Core.Logger logger, CollectingSink logs)
    {
        App = app;
        _logger = logger;
        Logs = logs;
        Admin = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) };
    }

    public WebApplication App { get; }

    public HttpClient Admin { get; }

    public CollectingSink Logs { get; }

    public static async Task<RunningOperator> StartAsync(string manifestsDir, string configYaml, TimeSpan? gracePeriod = null, bool routesApi = true)
    {
        var config = StaticConfigParser.Parse(configYaml, "config.yaml", out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }

        var settings = new RunSettings(
            manifestsDir,
            config,
            new IPEndPoint(IPAddress.Loopback, 0),
            AccessLog: true,
            Kubeconfig: null,
            Class: "tcprouting",
            Namespaces: [],
            TranslationSettings.DefaultGatewayControllerName,
            gracePeriod ?? TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(100))
        {
            RoutesApi = routesApi,
        };
        var logs = new CollectingSink();
        var logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(logs).CreateLogger();
        var app = OperatorHost.Build(settings, logger);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new RunningOperator(app, logger, logs);
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await _logger.DisposeAsync();
    }
}
