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

BenchmarkSwitcher.FromAssembly(typeof(ConnectionSetupBenchmarks).Assembly).Run(args);
