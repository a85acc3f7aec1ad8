using TcpRouting.Testing.Network;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Faults;

/// <summary>
/// Ten thousand idle proxied connections to a real redis: each one live, and a bounded cost in proxy memory.
/// The proxy holds two descriptors per connection; where the sandbox forbids raising RLIMIT_NOFILE (no
/// CAP_SYS_RESOURCE) the test uses as many connections as the inherited limit allows.
/// </summary>
public sealed class IdleConnectionsTests
{
    private const int Wanted = 10_000;
    private const int Warm = 200;
    private const int RaisedLimit = 65536;
    private const long MaxKibPerConnection = 48;

    [Fact]
    public async Task Ten_thousand_idle_connections_stay_live_at_a_bounded_memory_cost()
    {
        var raised = await TryRaiseOwnFileLimitAsync(RaisedLimit);
        var limit = raised ? RaisedLimit : HardFileLimit();
        var idle = Math.Min(Wanted, ((limit - 1000) / 2) - Warm);
        await using var redis = await RedisPeer.StartAsync("idle", maxClients: idle + Warm + 100);
        await using var proxy = await TcpRoutingProcess.StartAsync(
            [new EntryPoint("idle", FreeTcpPort.Next())],
            new Dictionary<string, string>
            {
                ["idle.yaml"] = Manifests.Service("redis", 6379, redis.Port) + "---\n" +
                                Manifests.IngressRouteTcp("idle", "idle", Manifests.CatchAll, null, new WeightedService("redis", 6379)),
            },
            maxOpenFiles: raised ? RaisedLimit : null);
        var port = proxy.Port("idle");
        var sockets = new List<Socket>(idle + Warm);
        try
        {
            sockets.AddRange(await OpenLiveAsync(port, Warm));
            var warmKib = proxy.ResidentKib();
            sockets.AddRange(await OpenLiveAsync(port, idle));
            var loadedKib = proxy.ResidentKib();

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{idle} idle connections (fd limit {limit}): RSS {warmKib} -> {loadedKib} KiB, {(loadedKib - warmKib) / (double)idle:F1} KiB each");
            await OpenConnections.WaitForAsync(proxy, "idle", n => n == idle + Warm, $"{idle + Warm} open");
            ((loadedKib - warmKib) / idle).Should().BeLessThan(MaxKibPerConnection,
                "RSS went from {0} KiB to {1} KiB for {2} connections", warmKib, loadedKib, idle);
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }

        await OpenConnections.WaitForAsync(proxy, "idle", n => n == 0, "every connection closed");
    }

    /// <summary>Opens connections a batch at a time and proves each one reaches redis (PING, +PONG).</summary>
    private static async Task<List<Socket>> OpenLiveAsync(int port, int count)
    {
        var opened = new Socket[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, _) =>
        {
            var socket = await RawClient.ConnectAsync(port);
            opened[i] = socket;
            await socket.SendAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var pong = await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(30));
            pong.Should().Be("+PONG", "connection {0} reaches redis", i);
        });
        return [.. opened];
    }

    // The test host holds one socket per client connection; the default 20,000 descriptors are not enough
    // with redis and the proxy on the same machine. Root may raise its own hard limit.
    private static async Task<bool> TryRaiseOwnFileLimitAsync(int limit)
    {
        var result = await Command.RunAsync(ExternalProgram.Find("prlimit", "util-linux"),
            ["--pid", Environment.ProcessId.ToString(), $"--nofile={limit}:{limit}"], TimeSpan.FromSeconds(10));
        return result.ExitCode == 0;
    }

    /// <summary>The hard RLIMIT_NOFILE, from the "Max open files" row of /proc/self/limits.</summary>
    private static int HardFileLimit()
    {
        var row = File.ReadLines("/proc/self/limits").Single(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        return int.Parse(row["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }
}
