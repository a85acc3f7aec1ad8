using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Proxy.Health;

namespace TcpRouting.Proxy.Benchmarks;

/// <summary>
/// What active health checks cost: N local listeners, each checked by TCP connect every second through the real
/// <see cref="HealthMonitor"/>, for a bounded time; prints CPU per second and memory. The listeners run in the same
/// process, so the CPU figure includes accepting the checks too (an upper bound for the checker alone).
/// Run: dotnet run -c Release -- health-checks [endpoints=1000] [seconds=20]
/// </summary>
internal static class HealthCheckCost
{
    public static async Task RunAsync(int endpoints, int seconds)
    {
        endpoints = Math.Clamp(endpoints, 1, 5000);
        seconds = Math.Clamp(seconds, 5, 120);
        using var stop = new CancellationTokenSource();
        var listeners = new List<Socket>();
        for (var i = 0; i < endpoints; i++)
        {
            var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(64);
            listeners.Add(listener);
            _ = AcceptAsync(listener, stop.Token);
        }

        var check = HealthCheck.Default with { Interval = TimeSpan.FromSeconds(1), UnhealthyInterval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(2) };
        var backend = new Backend("bench/backend", "bench", null, 1,
            [.. listeners.Select(l => new BackendEndpoint("127.0.0.1", ((IPEndPoint)l.LocalEndPoint!).Port))], 0, BackendTransport.Default, check);
        var route = new Route("bench/route", new SourceRef("IngressRouteTCP", "bench", "bench"), "*", new HostSniMatcher("*"), 0, RouteTls.None, [], [backend]);
        var table = new RouteTable([new Listener("bench", ":0", new IPEndPoint(IPAddress.Loopback, 0), ListenerOptions.Default, [route])], "bench");
        using var meter = new Meter("bench");
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var monitor = new HealthMonitor(TimeProvider.System, meter, NullLogger.Instance, new BackendHealthHolder());
        monitor.Sync(table);

        await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false); // warm up: every endpoint checked at least twice
        var up = backend.Endpoints.Count(e => monitor.StatusOf(e, check) == EndpointStatus.Up);
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var gcStart = GC.CollectionCount(0);
        var allocatedStart = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds / clock.Elapsed.TotalSeconds;
        var allocatedPerSecond = (GC.GetTotalAllocatedBytes() - allocatedStart) / clock.Elapsed.TotalSeconds;
        var gen0 = GC.CollectionCount(0) - gcStart;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"endpoints {endpoints}, up after warm-up {up}, measured {clock.Elapsed.TotalSeconds:0.0} s, {Environment.ProcessorCount} cores");
        Console.WriteLine($"CPU: {cpu * 100:0.0}% of one core (checker + in-process listeners)");
        Console.WriteLine($"allocated: {allocatedPerSecond / 1024 / 1024:0.00} MiB/s ({allocatedPerSecond / endpoints:0} B per check), gen0 GCs: {gen0}");
        Console.WriteLine($"managed heap: {(heapAfter - memoryBefore) / 1024.0:0} KiB retained for checker state; RSS {process.WorkingSet64 / 1024 / 1024} MiB");
        await stop.CancelAsync().ConfigureAwait(false);
        listeners.ForEach(l => l.Dispose());
    }

    private static async Task AcceptAsync(Socket listener, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                using var accepted = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
