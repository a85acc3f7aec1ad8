using BenchmarkDotNet.Running;
using TcpRouting.Proxy.Benchmarks.Connections;

if (args is ["serve", var seconds])
{
    // The census rig for outside clients: `serve 60`, then openssl s_client, strace -p, ...
    await ConnectionCensus.ServeAsync(TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture))).ConfigureAwait(false);
    return;
}

if (args is ["census", ..])
{
    // Allocations, timers and metric measurements per proxied connection: counts, not times.
    await ConnectionCensus.RunAsync(types: args.Contains("--types")).ConfigureAwait(false);
    return;
}

if (args is ["health-checks", .. var rest])
{
    // Not a BenchmarkDotNet case: a bounded run of the real checker against local listeners (see HealthCheckCost).
    await TcpRouting.Proxy.Benchmarks.HealthCheckCost.RunAsync(
        rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ConnectionSetupBenchmarks).Assembly).Run(args);
