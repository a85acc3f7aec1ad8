using System.Net;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Health;
using TcpRouting.Proxy.Tests.Support;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Health;

/// <summary>Connections through the proxy go only to endpoints that pass their check; live ones are left alone.</summary>
public sealed class CheckedRoutingTests
{
    private static readonly HealthCheck Ping = Checks.Tcp(send: "PING\r\n", expect: "PING");

    [Fact]
    public async Task A_backend_that_stops_answering_leaves_rotation_and_comes_back()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var a = new ProbedEchoServer();
        await using var b = new ProbedEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Checks.Checked("b", Ping, a.EndPoint, b.EndPoint)))), time);
        await Until(time, proxy, a, EndpointStatus.Up);
        await Until(time, proxy, b, EndpointStatus.Up);
        using var live = await Client.ConnectAsync(proxy.EndPoint("tcp"));
        await Client.SendAsync(live, "live");
        (await Client.ReadTextAsync(live, 4)).Should().Be("live");

        a.Answering = false;
        await Until(time, proxy, a, EndpointStatus.Down);
        var aClients = a.ClientConnections;
        for (var i = 0; i < 6; i++)
        {
            (await Client.EchoAsync(proxy.EndPoint("tcp"), $"to b {i}")).Should().Be($"to b {i}");
        }

        a.ClientConnections.Should().Be(aClients, "no new connection goes to an endpoint marked down");
        a.Answering = true;
        await Until(time, proxy, a, EndpointStatus.Up);
        for (var i = 0; i < 4; i++)
        {
            (await Client.EchoAsync(proxy.EndPoint("tcp"), $"again {i}")).Should().Be($"again {i}");
        }

        a.ClientConnections.Should().BeGreaterThan(aClients, "a recovered endpoint is back in rotation");
        await Client.SendAsync(live, "still");
        (await Client.ReadTextAsync(live, 5)).Should().Be("still", "a live connection outlives its endpoint's health");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task When_every_endpoint_fails_new_connections_are_refused_unless_fail_open(bool failOpen)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var a = new ProbedEchoServer();
        var check = Ping with { ExpectHex = Convert.ToHexStringLower("PONG"u8), FailOpen = failOpen };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", Checks.Checked("b", check, a.EndPoint)))), time);
        await HealthDrive.UntilAsync(time, () => proxy.Server.Checks.StatusOf(Endpoint(a), check) == EndpointStatus.Down, "down");

        if (failOpen)
        {
            (await Client.EchoAsync(proxy.EndPoint("tcp"), "hello")).Should().Be("hello");
        }
        else
        {
            // Refused: nothing comes back. FIN or RST are both a refusal (ARCHITECTURE.md); which one the client sees
            // depends on whether its bytes arrived before the close.
            using var socket = await Client.ConnectAsync(proxy.EndPoint("tcp"));
            await Client.SendAsync(socket, "hello");
            (await Client.ReadUntilClosedAsync(socket)).Bytes.Should().Be(0);
        }

        a.ClientConnections.Should().Be(failOpen ? 1 : 0);
    }

    private static BackendEndpoint Endpoint(ProbedEchoServer server) => new(IPAddress.Loopback.ToString(), server.Port);

    private static Task Until(FakeTimeProvider time, ProxyHarness proxy, ProbedEchoServer server, EndpointStatus status) =>
        HealthDrive.UntilAsync(time, () => proxy.Server.Checks.StatusOf(Endpoint(server), Ping) == status, $"{server.Port} is {status}");
}
