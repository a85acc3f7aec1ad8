using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;

namespace TcpRouting.EndToEnd.Tests.Load;

/// <summary>Many connections moving checked data at once for a bounded time: nothing lost, nothing dropped, memory flat.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class SustainedLoadTests(ProxyLab lab)
{
    private const int Connections = 48;

    [Fact]
    public async Task Concurrent_echo_streams_lose_no_byte_and_memory_stays_flat()
    {
        var port = lab.Proxy.Port("echo");
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => EchoTransfer.RunAsync(port, TimeSpan.FromSeconds(1.5))));
        var warmKib = lab.Proxy.ResidentKib();

        var results = await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => EchoTransfer.RunAsync(port, TimeSpan.FromSeconds(6))));
        var endKib = lab.Proxy.ResidentKib();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Connections} connections, {results.Sum(r => r.Sent) / 1048576} MiB echoed; RSS {warmKib} KiB after warm-up, {endKib} KiB at the end");
        results.Should().AllSatisfy(r =>
        {
            r.Received.Should().Be(r.Sent);
            r.ReceivedHash.Should().Equal(r.SentHash);
        });
        results.Sum(r => r.Sent).Should().BePositive();
        (endKib - warmKib).Should().BeLessThan(64 * 1024, "RSS after load ({0} KiB) stays within 64 MiB of RSS after warm-up ({1} KiB)", endKib, warmKib);
    }
}
