using BenchmarkDotNet.Running;
using TcpRouting.Proxy.Benchmarks.Connections;

if (args is ["census", ..])
{
    // Allocations, timers and metric measurements per proxied connection: counts, not times.
    await ConnectionCensus.RunAsync(types: args.Contains("--types")).ConfigureAwait(false);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ConnectionSetupBenchmarks).Assembly).Run(args);
