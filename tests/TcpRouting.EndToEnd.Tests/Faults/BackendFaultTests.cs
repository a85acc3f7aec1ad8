using System.Text;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Faults;

/// <summary>Backends that die, refuse, or are all gone: the client sees an honest end, the proxy serves on.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class BackendFaultTests(ProxyLab lab)
{
    [Fact]
    public async Task A_refusing_endpoint_fails_over_to_the_live_one_without_client_errors()
    {
        for (var i = 0; i < 20; i++)
        {
            using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("failover"));
            (await RawClient.ReadLineAsync(socket, TimeSpan.FromSeconds(10))).Should().Be(lab.Banner.Banner, "connection {0} fails over", i);
        }
    }

    [Fact]
    public async Task With_every_endpoint_down_the_connection_is_closed_without_a_byte()
    {
        using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("down"));

        var outcome = await RawClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(15));

        outcome.Closed.Should().BeTrue();
        outcome.BytesReceived.Should().Be(0);
    }

    [Fact]
    public async Task A_backend_killed_mid_transfer_cuts_that_client_short_and_the_proxy_serves_others()
    {
        await using var victim = await RedisPeer.StartAsync("victim");
        const long payload = 64L * 1024 * 1024;
        (await victim.CliDirectAsync("SETRANGE", "big", (payload - 1).ToString(), "x")).ExitCode.Should().Be(0);
        lab.Proxy.WriteManifest("victim.yaml", Manifests.Service("victim", 6379, victim.Port) + "---\n" +
            Manifests.IngressRouteTcp("victim", "victim", Manifests.CatchAll, null, new WeightedService("victim", 6379)));
        await Eventually.Async(async () => (await Clients.RedisCliAsync(lab.Proxy.Port("victim"), "GET", "marker")).Stdout.Trim() == "victim",
            TimeSpan.FromSeconds(30), "the victim route is applied");

        using var socket = await RawClient.ConnectAsync(lab.Proxy.Port("victim"));
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET big\r\n"));
        var buffer = new byte[64 * 1024];
        long received = 0;
        while (received < 1024 * 1024)
        {
            var read = await socket.ReceiveAsync(buffer);
            read.Should().BePositive("the transfer is under way");
            received += read;
        }

        victim.Kill();
        var rest = await RawClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(30));

        rest.Closed.Should().BeTrue("the client sees a reset or an EOF once the backend is gone");
        (received + rest.BytesReceived).Should().BeLessThan(payload, "the backend died before sending it all");
        using var other = await RawClient.ConnectAsync(lab.Proxy.Port("banner"));
        (await RawClient.ReadLineAsync(other, TimeSpan.FromSeconds(10))).Should().Be(lab.Banner.Banner);
    }
}
