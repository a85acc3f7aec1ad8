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
            "config.yaml: entryPoints.pg.transport.respondingTimeouts.idleTimeout: \"forever\" is not a duration (e.g. 10s, 100ms, 1m, 1h, or a number of seconds)",
            "config.yaml: entryPoints.pg.maxClientHelloBytes: expected a positive integer, found -1");
    }

    [Fact]
    public void Reports_invalid_yaml_with_its_line()
    {
        StaticConfigParser.Parse("entryPoints:\n  a: [", "config.yaml", out var errors);
        errors.Should().ContainSingle().Which.Should().MatchRegex(@"^config\.yaml:[23]: invalid YAML: ");
    }
}
