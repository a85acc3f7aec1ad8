using System.Net;
using FluentAssertions;
using TcpRouting.Translation.Config;

namespace TcpRouting.Translation.Tests.Config;

public sealed class StaticConfigParserTests
{
    [Fact]
    public void Reads_entry_points_with_their_options()
    {
        var config = StaticConfigParser.Parse("""
            entryPoints:
              postgres:
                address: ":5432"
                proxyProtocol: { trustedIPs: [10.0.0.0/8, 127.0.0.1], insecure: false }
                transport:
                  respondingTimeouts: { idleTimeout: 180s }
                  lifeCycle: { graceTimeOut: 10s }
                peekTimeout: 500ms
                maxClientHelloBytes: 16384
              web:
                address: "[::]:80"
            providers:
              kubernetesCRD: { allowCrossNamespace: true }
            """, "config.yaml", out var errors);

        errors.Should().BeEmpty();
        config.AllowCrossNamespace.Should().BeTrue();
        config.EntryPoints.Select(e => (e.Name, e.Address)).Should().Equal(("postgres", ":5432"), ("web", "[::]:80"));
        var options = config.Find("postgres")!.Options;
        options.ProxyProtocolTrustedIps.Should().Equal(IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("127.0.0.1/32"));
        options.IdleTimeout.Should().Be(TimeSpan.FromMinutes(3));
        options.GracePeriod.Should().Be(TimeSpan.FromSeconds(10));
        options.PeekTimeout.Should().Be(TimeSpan.FromMilliseconds(500));
        options.MaxClientHelloBytes.Should().Be(16384);
        config.Find("web")!.Options.Should().Be(ListenerOptions.Default);
    }

    [Fact]
    public void Defaults_to_no_cross_namespace_and_empty_config()
    {
        StaticConfigParser.Parse("", "c.yaml", out var errors).Should().Be(StaticConfig.Empty);
        errors.Should().BeEmpty();
        StaticConfigParser.Parse("entryPoints: { a: { address: ':1' } }", "c.yaml", out _).AllowCrossNamespace.Should().BeFalse();
    }

    [Fact]
    public void Names_entry_point_and_field_of_each_error()
    {
        StaticConfigParser.Parse("""
            entryPoints:
              noaddress: {}
              bad:
                address: "db:5432"
              pg:
                address: ":5432"
                proxyProtocol: { trustedIPs: [nope], insecure: maybe }
                transport: { respondingTimeouts: { idleTimeout: forever } }
                maxClientHelloBytes: -1
            """, "config.yaml", out var errors);

        errors.Should().BeEquivalentTo(
            "config.yaml: entryPoints.noaddress.address: is required, e.g. \":5432\"",
            "config.yaml: entryPoints.bad.address: address \"db:5432\" has a host that is not an IP address",
            "config.yaml: entryPoints.pg.proxyProtocol.trustedIPs[0]: \"nope\" is not an IP address or CIDR",
            "config.yaml: entryPoints.pg.proxyProtocol.insecure: expected true or false, found \"maybe\"",
            "config.yaml: entryPoints.pg.transport.respondingTimeouts.idleTimeout: \"forever\" is not a duration (e.g. 10s, 100ms, 1m, 1h, or a number of seconds) of at most 49.7 days (1193h, the longest a timer can wait)",
            "config.yaml: entryPoints.pg.maxClientHelloBytes: expected a positive integer, found -1");
    }

    [Fact]
    public void Reports_invalid_yaml_with_its_line()
    {
        StaticConfigParser.Parse("entryPoints:\n  a: [", "config.yaml", out var errors);
        errors.Should().ContainSingle().Which.Should().MatchRegex(@"^config\.yaml:[23]: invalid YAML: ");
    }

    [Theory]
    [InlineData("127.0.0.1:5432", "127.0.0.1:5432")]
    [InlineData(":5432", "127.0.0.1:5432")]
    [InlineData("[::]:5432", "127.0.0.1:5432")]
    [InlineData("127.0.0.1:5432/tcp", ":5432")]
    public void Reports_two_entry_points_on_one_address(string a, string b)
    {
        // Issue 12 finding 8: the second could never bind; `validate` and `run` say so instead of serving deaf.
        StaticConfigParser.Parse($"entryPoints: {{ a: {{ address: \"{a}\" }}, b: {{ address: \"{b}\" }} }}", "config.yaml", out var errors);

        errors.Should().ContainSingle().Which.Should().Be($"config.yaml: entryPoints.b.address: \"{b}\" takes the same address as entry point a (\"{a}\"); only one can bind it");
    }

    [Theory]
    [InlineData("127.0.0.1:5432", "127.0.0.2:5432")]
    [InlineData(":5432", "[::1]:5432")]
    [InlineData(":5432", ":5433")]
    public void Entry_points_on_different_addresses_are_fine(string a, string b)
    {
        StaticConfigParser.Parse($"entryPoints: {{ a: {{ address: \"{a}\" }}, b: {{ address: \"{b}\" }} }}", "config.yaml", out var errors);

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Reads_allow_external_name_services_off_by_default()
    {
        StaticConfigParser.Parse("entryPoints: {}", "c.yaml", out _).AllowExternalNameServices.Should().BeFalse();
        StaticConfigParser.Parse("providers: { kubernetesCRD: { allowExternalNameServices: true } }", "c.yaml", out _).AllowExternalNameServices.Should().BeTrue();
    }
}
