namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>The proxy's own count of open connections on an entry point, from GET /metrics.</summary>
internal static class OpenConnections
{
    // The tcprouting.connections.open up-down counter, named the Prometheus way (dots to underscores).
    public const string Metric = "tcprouting_connections_open";

    public static async Task<double> OnAsync(TcpRoutingProcess proxy, string entryPoint) =>
        (await proxy.MetricsAsync()).Sum(Metric, $"entrypoint=\"{entryPoint}\"");

    public static Task WaitForAsync(TcpRoutingProcess proxy, string entryPoint, Func<double, bool> condition, string what) =>
        Eventually.Async(async () => condition(await OnAsync(proxy, entryPoint)), TimeSpan.FromSeconds(30), $"{Metric} on {entryPoint}: {what}");
}
