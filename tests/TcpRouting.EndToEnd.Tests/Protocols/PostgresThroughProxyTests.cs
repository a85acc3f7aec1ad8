using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;

namespace TcpRouting.EndToEnd.Tests.Protocols;

/// <summary>
/// psql with sslmode=verify-full: libpq sends an SSLRequest, then a ClientHello whose SNI is `host`
/// (libpq sslsni=1, PostgreSQL 14+). The proxy must answer the SSLRequest, route on the SNI and either
/// pass TLS through to the chosen server or terminate it with the route's Secret.
/// </summary>
[Collection(ProxyLabCollection.Name)]
public sealed class PostgresThroughProxyTests(ProxyLab lab)
{
    private const string Marker = "SELECT value FROM marker";
    private const string ServerSawTls = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";

    [Theory]
    [InlineData(ProxyLab.DbA, "alpha", "marker-alpha")]
    [InlineData(ProxyLab.DbB, "beta", "marker-beta")]
    public async Task Passthrough_reaches_the_instance_named_by_sni_with_tls_end_to_end(string host, string database, string marker)
    {
        var result = await Clients.PsqlAsync(host, lab.Proxy.Port("pg"), database, "verify-full", lab.Ca.CaPath, Marker, ServerSawTls);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal([marker, "t"], "the server itself speaks TLS with the client");
    }

    [Theory]
    [InlineData(ProxyLab.DbATerm, "alpha", "marker-alpha")]
    [InlineData(ProxyLab.DbBTerm, "beta", "marker-beta")]
    public async Task Termination_presents_the_secret_and_speaks_plain_to_the_instance(string host, string database, string marker)
    {
        var result = await Clients.PsqlAsync(host, lab.Proxy.Port("pgterm"), database, "verify-full", lab.Ca.CaPath, Marker, ServerSawTls);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal([marker, "f"], "the proxy ended TLS and the server sees plain TCP");
    }

    [Fact]
    public async Task Plain_postgres_goes_through_a_catch_all_port()
    {
        var result = await Clients.PsqlAsync("127.0.0.1", lab.Proxy.Port("pgplain"), "beta", "disable", null, Marker);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Trim().Should().Be("marker-beta");
    }

    [Fact]
    public async Task An_unknown_host_name_is_refused_before_any_server_answers()
    {
        var result = await Clients.PsqlAsync("nobody.e2e.test", lab.Proxy.Port("pg"), "alpha", "require", null, Marker);

        result.ExitCode.Should().NotBe(0, result.ToString());
        result.Stdout.Should().NotContain("marker");
    }
}
