using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using TcpRouting.Operator.Hosting;
using TcpRouting.Operator.Metrics;
using TcpRouting.Translation;
using TcpRouting.Translation.Output;
using TcpRouting.Translation.Status;

namespace TcpRouting.Operator.Admin;

/// <summary>The admin listener: /healthz, /readyz, /api/routes and /metrics.</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        // Liveness: the process serves; it says nothing about routes.
        app.MapGet("/healthz", () => Results.Text("ok\n"));

        // Readiness: a table is applied and we are not draining, so a load balancer stops sending during shutdown.
        app.MapGet("/readyz", (IRouteSource source, DrainState drain, IHostApplicationLifetime lifetime) =>
            source.IsReady && !drain.IsDraining && !lifetime.ApplicationStopping.IsCancellationRequested
                ? Results.Text("ready\n")
                : Results.Text("not ready\n", statusCode: StatusCodes.Status503ServiceUnavailable));

        // The same json as `tcprouting routes -o json`.
        app.MapGet("/api/routes", (IRouteSource source, BackendHealthHolder health) => source.LastResult is { } result
            ? Results.Text(RouteTableJson.Write(HealthConditions.Apply(result, health.Current)), "application/json")
            : Results.Text(RouteTableJson.Write(new TranslationResult(RouteTable.Empty, [])), "application/json", statusCode: StatusCodes.Status503ServiceUnavailable));

        app.MapGet("/metrics", (PrometheusExporter exporter) => Results.Text(exporter.Scrape(), PrometheusExporter.ContentType));
        return app;
    }
}
