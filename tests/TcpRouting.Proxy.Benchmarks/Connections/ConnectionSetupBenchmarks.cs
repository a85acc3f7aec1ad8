using BenchmarkDotNet.Attributes;
using TcpRouting.Proxy.Tests.Support;

namespace TcpRouting.Proxy.Benchmarks.Connections;

/// <summary>
/// One whole proxied connection per operation (accept, peek, route, dial, relay a small request and its
/// echo, close), against the same connection made straight to the backend. Allocated bytes are
/// process-wide (GC.GetTotalAllocatedBytes), so "proxied minus direct" is what the proxy allocates per
/// connection; the guard against regressions is that difference. Time per operation here is loopback
/// latency on a shared machine, not the proxy's CPU cost: bench/run.sh measures that.
/// </summary>
[MemoryDiagnoser]
public class ConnectionSetupBenchmarks
{
    private LoopbackRig? _rig;

    [GlobalSetup]
    public void Setup() => _rig = LoopbackRig.StartAsync(TimeProvider.System).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _rig?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "direct to the backend")]
    public void Direct() => _rig!.DirectConnection();

    [Benchmark(Description = "plain, catch-all")]
    public void Plain() => _rig!.PlainConnection();

    [Benchmark(Description = "TLS passthrough, SNI routed")]
    public void TlsPassthrough() => _rig!.PassthroughConnection();
}
