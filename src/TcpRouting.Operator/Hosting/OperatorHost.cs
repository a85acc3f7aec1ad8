using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
        builder.Logging.AddSerilog(logger);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.GracePeriod + TimeSpan.FromSeconds(5));

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<RouteTableHolder>();
        services.AddSingleton<BackendHealthHolder>();
        services.AddSingleton<RunOutcome>();
        services.AddSingleton<DrainState>();
        services.AddSingleton(_ => new PrometheusExporter());
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

        services.AddHostedService<ProxyService>();

        var app = builder.Build();
        // Listen to the meters from the start, not from the first scrape.
        _ = app.Services.GetRequiredService<PrometheusExporter>();
        app.UseRouting();
        app.MapAdmin();
        return app;
    }
}
