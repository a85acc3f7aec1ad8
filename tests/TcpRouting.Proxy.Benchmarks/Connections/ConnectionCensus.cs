using System.Diagnostics.Metrics;
using TcpRouting.Proxy.Tests.Support;

namespace TcpRouting.Proxy.Benchmarks.Connections;

/// <summary>
/// What one proxied connection costs in things that do not depend on machine load: allocated bytes
/// (process-wide, minus the same connection made direct), timers created, and metric measurements
/// while a listener is subscribed (as the Prometheus exporter is in production). Run with `census`.
/// </summary>
internal static class ConnectionCensus
{
    private const int Warmup = 500;
    private const int Count = 2000;

    public static async Task RunAsync(bool types)
    {
        var time = new CountingTimeProvider();
        long measurements = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ProxyMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => Interlocked.Increment(ref measurements));
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref measurements));
        listener.Start();

        await using var rig = await LoopbackRig.StartAsync(time).ConfigureAwait(false);
        ConnectionSample Measure(Action connection) => ConnectionCost.Measure(connection, Warmup, Count, time, () => Interlocked.Read(ref measurements));
        var direct = Measure(rig.DirectConnection);
        Console.WriteLine($"{"connection",-18} {"bytes/conn",12} {"proxy bytes",12} {"timers",7} {"measurements",13} {"gen0 GCs",9}");
        Print("direct", direct, direct);
        Print("plain", Measure(rig.PlainConnection), direct);
        Print("TLS passthrough", Measure(rig.PassthroughConnection), direct);
        if (types)
        {
            PrintTypes("plain", rig.PlainConnection);
            PrintTypes("TLS passthrough", rig.PassthroughConnection);
        }
    }

    /// <summary>Keeps the rig up for outside clients (openssl s_client -reconnect, strace) for a bounded time.</summary>
    public static async Task ServeAsync(TimeSpan duration)
    {
        await using var rig = await LoopbackRig.StartAsync(TimeProvider.System).ConfigureAwait(false);
        Console.WriteLine($"plain {rig.Plain} sni {rig.Sni} terminate {rig.Terminate} backend {rig.Backend} pid {Environment.ProcessId}");
        await Task.Delay(duration).ConfigureAwait(false);
    }

    private static void PrintTypes(string name, Action connection)
    {
        using var sampler = new AllocationSampler();
        sampler.Start();
        for (var i = 0; i < Count * 5; i++)
        {
            connection();
        }

        Console.WriteLine($"\n{name}: allocation samples by type (one per ~100 KB)");
        foreach (var (type, samples) in sampler.Stop().Take(25))
        {
            Console.WriteLine($"{samples,6}  {type}");
        }
    }

    private static void Print(string name, ConnectionSample sample, ConnectionSample direct) =>
        Console.WriteLine($"{name,-18} {sample.Bytes,12:F0} {sample.Bytes - direct.Bytes,12:F0} {sample.Timers,7:F2} {sample.Measurements,13:F2} {sample.Gen0,9}");
}
