using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using TcpRouting.Operator.Hosting;
using TcpRouting.Operator.Metrics;
using TcpRouting.Translation;
using TcpRouting.Translation.Output;
using TcpRouting.Translation.Status;

namespace TcpRouting.Operator.Admin;

/// <summary>The admin listener: /healthz, /readyz, /metrics and, when asked for, /api/routes.</summary>
internal static class AdminEndpoints
{
    /// <param name="routesApi">Serve /api/routes (`--admin-api`); otherwise it is not there (404).</param>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app, bool routesApi)
    {
        // Liveness: the process serves; it says nothing about routes.
        app.MapGet("/healthz", () => Results.Text("ok\n"));

        // Readiness: a table is applied, every static entry point is bound (a pod deaf on a port it should serve is not
        // ready; binding is retried) and we are not draining, so a load balancer stops sending during shutdown.
        app.MapGet("/readyz", (IRouteSource source, ProxyService proxy, DrainState drain, IHostApplicationLifetime lifetime) =>
        {
            var unbound = proxy.UnboundEntryPoints;
            return source.IsReady && unbound.Count == 0 && !drain.IsDraining && !lifetime.ApplicationStopping.IsCancellationRequested
                ? Results.Text("ready\n")
                : Results.Text($"not ready{string.Concat(unbound.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\nentry point {p.Key}: {p.Value}"))}\n",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        });

        if (routesApi)
        {
            // The same json as `tcprouting routes -o json`.
            app.MapGet("/api/routes", (IRouteSource source, BackendHealthHolder health) => source.LastResult is { } result
                ? Results.Text(RouteTableJson.Write(HealthConditions.Apply(result, health.Current)), "application/json")
                : Results.Text(RouteTableJson.Write(new TranslationResult(RouteTable.Empty, [])), "application/json", statusCode: StatusCodes.Status503ServiceUnavailable));
        }

        app.MapPrometheusScrapingEndpoint(PrometheusMetrics.Path, app.ServiceProvider.GetRequiredService<MeterProvider>(), null, null);
        return app;
    }
}
