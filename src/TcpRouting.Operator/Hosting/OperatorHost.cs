using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using Serilog;
using TcpRouting.Operator.Admin;
using TcpRouting.Operator.Metrics;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// The composition root of `run`: one generic host with the route source, the proxy and the admin listener
/// (Kestrel, minimal endpoints). Services start in that order: the first table is in place before the proxy
/// binds, and the admin listener answers last.
/// </summary>
internal static class OperatorHost
{
    /// <param name="logger">Serilog's root logger; everything logs through Microsoft.Extensions.Logging into it.</param>
    public static WebApplication Build(RunSettings settings, Serilog.ILogger logger, TimeProvider? time = null)
    {
        // The empty builder reads no appsettings or environment: the command line is the whole configuration.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "tcprouting" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(settings.Admin));
        builder.Services.AddRoutingCore();
        // Serilog.Extensions.Hosting: Serilog becomes the host's ILoggerFactory; the caller owns (and flushes) the logger.
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.GracePeriod + TimeSpan.FromSeconds(5));

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<RouteTableHolder>();
        services.AddSingleton<BackendHealthHolder>();
        services.AddSingleton<ListenerBindHolder>();
        services.AddSingleton<RunOutcome>();
        services.AddSingleton<DrainState>();
        services.AddSingleton(_ => PrometheusMetrics.Create());
        // First of the hosted services: a SIGHUP while the first table is read must not end the process either.
        services.AddHostedService<HangupSignal>();
        if (settings.ManifestsDir is not null)
        {
            services.AddSingleton<ManifestRouteSource>();
            services.AddSingleton<IRouteSource>(sp => sp.GetRequiredService<ManifestRouteSource>());
            services.AddHostedService(sp => sp.GetRequiredService<ManifestRouteSource>());
        }
        else
        {
            services.AddSingleton<ClusterRouteSource>();
            services.AddSingleton<IRouteSource>(sp => sp.GetRequiredService<ClusterRouteSource>());
            services.AddHostedService(sp => sp.GetRequiredService<ClusterRouteSource>());
        }

        services.AddSingleton<ProxyService>();
        services.AddHostedService(sp => sp.GetRequiredService<ProxyService>());

        var app = builder.Build();
        // Listen to the meters from the start, not from the first scrape.
        _ = app.Services.GetRequiredService<MeterProvider>();
        app.UseRouting();
        app.MapAdmin(settings.RoutesApi);
        return app;
    }
}
