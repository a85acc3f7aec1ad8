using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Faults;

/// <summary>SIGTERM with live connections: they keep working through the grace period, then the proxy exits 0.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Live_connections_drain_within_the_grace_period_and_the_exit_code_is_zero()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await StartAsync(echo, "10s");
        var sockets = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RawClient.ConnectAsync(proxy.Port("drain"))));
        foreach (var socket in sockets)
        {
            (await RoundTripAsync(socket, "before")).Should().Be("before");
        }

        proxy.Signal(Posix.SigTerm);
        foreach (var socket in sockets)
        {
            (await RoundTripAsync(socket, "during the grace period")).Should().Be("during the grace period");
            socket.Shutdown(SocketShutdown.Send);
            (await RawClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(10))).Closed.Should().BeTrue();
            socket.Dispose();
        }

        (await proxy.WaitForExitAsync(TimeSpan.FromSeconds(15))).Should().BeTrue("the last connection closed, so the drain is over");
        proxy.ExitCode.Should().Be(0, proxy.Output);
    }

    [Fact]
    public async Task Connections_still_open_at_the_end_of_the_grace_period_are_closed_and_the_exit_code_is_zero()
    {
        await using var echo = new TcpEchoServer();
        await using var proxy = await StartAsync(echo, "2s");
        using var socket = await RawClient.ConnectAsync(proxy.Port("drain"));
        (await RoundTripAsync(socket, "hello")).Should().Be("hello");

        proxy.Signal(Posix.SigTerm);
        var outcome = await RawClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(20));

        outcome.Closed.Should().BeTrue("the grace period ends the connection");
        (await proxy.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().BeTrue();
        proxy.ExitCode.Should().Be(0, proxy.Output);
    }

    private static Task<TcpRoutingProcess> StartAsync(TcpEchoServer echo, string grace) =>
        TcpRoutingProcess.StartAsync(
            [new EntryPoint("drain", FreeTcpPort.Next()) { GraceTimeOut = grace }],
            new Dictionary<string, string>
            {
                ["drain.yaml"] = Manifests.Service("echo", 7, echo.Port) + "---\n" +
                                 Manifests.IngressRouteTcp("drain", "drain", Manifests.CatchAll, null, new WeightedService("echo", 7)),
            });

    private static async Task<string> RoundTripAsync(Socket socket, string text)
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes(text + "\n"));
        return await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(10));
    }
}
