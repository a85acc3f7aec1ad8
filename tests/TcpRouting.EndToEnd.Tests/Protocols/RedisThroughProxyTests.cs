using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Protocols;

/// <summary>redis-cli and redis-benchmark with --tls --sni on one entry point holding a passthrough and a terminating route.</summary>
[Collection(ProxyLabCollection.Name)]
public sealed class RedisThroughProxyTests(ProxyLab lab)
{
    [Fact]
    public async Task Passthrough_reaches_the_tls_redis()
    {
        var result = await Clients.RedisCliTlsAsync(lab.Proxy.Port("redis"), ProxyLab.RedisPass, lab.Ca.CaPath, "GET", "marker");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Trim().Should().Be("redis-over-tls");
    }

    [Fact]
    public async Task Termination_reaches_the_plain_redis()
    {
        var result = await Clients.RedisCliTlsAsync(lab.Proxy.Port("redis"), ProxyLab.RedisTerm, lab.Ca.CaPath, "GET", "marker");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Trim().Should().Be("redis-plain");
    }

    [Fact]
    public async Task Redis_benchmark_through_termination_completes_every_request()
    {
        var before = await CommandsProcessedAsync();
        var result = await Command.RunAsync(ExternalProgram.Find("redis-benchmark", "redis-tools"),
            ["-h", "127.0.0.1", "-p", lab.Proxy.Port("redis").ToString(), "--tls", "--sni", ProxyLab.RedisTerm, "--cacert", lab.Ca.CaPath,
             "-n", "20000", "-c", "16", "-t", "set,get,incr", "-q"],
            TimeSpan.FromSeconds(120), cancellationToken: TestContext.Current.CancellationToken);
        var after = await CommandsProcessedAsync();

        result.ExitCode.Should().Be(0, result.ToString());
        (result.Stdout + result.Stderr).Should().NotContainEquivalentOf("error", result.ToString());
        result.Stdout.Should().Contain("SET:").And.Contain("GET:").And.Contain("INCR:");
        (after - before).Should().BeGreaterThanOrEqualTo(3 * 20000, "every benchmark request reached the server");
    }

    private async Task<long> CommandsProcessedAsync()
    {
        var info = await lab.RedisPlain.CliDirectAsync("INFO", "stats");
        var line = info.Stdout.Split('\n').Single(l => l.StartsWith("total_commands_processed:", StringComparison.Ordinal));
        return long.Parse(line.Split(':')[1].Trim());
    }
}
