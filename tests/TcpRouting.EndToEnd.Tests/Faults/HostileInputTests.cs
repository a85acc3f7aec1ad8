using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Hostile;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Faults;

/// <summary>
/// Issue 12 on the real `tcprouting run`: hostile manifests dropped into the served folder and SIGHUP leave the process
/// up, its last good table served, its live connections open and its memory under the chart's 512 Mi limit.
/// </summary>
public sealed class HostileInputTests
{
    private const long ChartMemoryLimitKib = 512 * 1024;

    [Fact]
    public async Task Hostile_manifests_and_sighup_leave_the_table_the_live_connections_and_the_memory_alone()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await TcpRoutingProcess.StartAsync(
            [new EntryPoint("hostile", FreeTcpPort.Next())],
            new Dictionary<string, string>
            {
                ["echo.yaml"] = Manifests.Service("echo", 7, echo.Port) + "---\n" +
                                Manifests.IngressRouteTcp("echo", "hostile", Manifests.CatchAll, null, new WeightedService("echo", 7)),
            });
        using var live = await RawClient.ConnectAsync(proxy.Port("hostile"));
        (await RoundTripAsync(live, "before")).Should().Be("before");

        // Before: the first ended the process with a stack overflow (exit 134), the second took it to 3.3 GB.
        proxy.WriteManifest("deep.yaml", HostileYaml.Deep(100_000));
        proxy.WriteManifest("bomb.yaml", HostileYaml.AliasBomb());
        await Eventually.Async(() => Task.FromResult(proxy.Output.Contains("limit of 64 levels", StringComparison.Ordinal)
            && proxy.Output.Contains("limit of 10000 nodes", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "both files to be refused");

        // Before: SIGHUP's default action ended the process and cut every stream.
        proxy.Signal(Posix.SigHup);
        await Eventually.Async(() => Task.FromResult(proxy.Output.Contains("SIGHUP: reloading", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "the reload on SIGHUP");

        proxy.HasExited.Should().BeFalse(proxy.Output);
        (await RoundTripAsync(live, "after")).Should().Be("after");
        using (var fresh = await RawClient.ConnectAsync(proxy.Port("hostile")))
        {
            (await RoundTripAsync(fresh, "new connection")).Should().Be("new connection", "the last good table is still served");
        }

        (await proxy.GetAsync("/readyz")).Should().Be("ready\n");
        proxy.PeakResidentKib().Should().BeLessThan(ChartMemoryLimitKib, "the bomb is refused before it expands");
        proxy.Output.Should().NotContain("   at ", "problems are one line each, never a stack trace");
    }

    private static async Task<string> RoundTripAsync(Socket socket, string text)
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes(text + "\n"));
        return await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(10));
    }
}
