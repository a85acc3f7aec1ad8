using BenchmarkDotNet.Running;

if (args is ["health-checks", .. var rest])
{
    // Not a BenchmarkDotNet case: a bounded run of the real checker against local listeners (see HealthCheckCost).
    await TcpRouting.Proxy.Benchmarks.HealthCheckCost.RunAsync(
        rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TcpRouting.Proxy.Benchmarks.ClientHelloReaderBenchmarks).Assembly).Run(args);
