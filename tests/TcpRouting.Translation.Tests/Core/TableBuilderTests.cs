using System.Net;
using FluentAssertions;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class TableBuilderTests
{
    private static readonly StaticConfig Config = new([
        new EntryPointConfig("web", ":80", ListenerOptions.Default),
        new EntryPointConfig("postgres", "127.0.0.1:5432", ListenerOptions.Default),
    ]);

    [Fact]
    public void Orders_listeners_by_name_and_routes_by_priority_then_id()
    {
        var table = new TableBuilder(Config);
        table.TryAddToEntryPoint("postgres", MakeRoute("b", 10)).Should().BeTrue();
        table.TryAddToEntryPoint("postgres", MakeRoute("a", 10)).Should().BeTrue();
        table.TryAddToEntryPoint("postgres", MakeRoute("c", 20)).Should().BeTrue();
        table.TryAddToEntryPoint("nope", MakeRoute("d", 1)).Should().BeFalse();

        var built = table.Build();

        built.Listeners.Select(l => l.Name).Should().Equal("postgres", "web");
        built.Listeners[0].EndPoint.Should().Be(new IPEndPoint(IPAddress.Loopback, 5432));
        built.Listeners[0].Routes.Select(r => r.Id).Should().Equal("c", "a", "b");
        built.Listeners[1].Routes.Should().BeEmpty();
    }

    [Fact]
    public void Adds_port_routes_to_the_static_entry_point_on_that_port_else_a_new_listener()
    {
        var table = new TableBuilder(Config);
        table.AddToPort("gw-pg", 5432, MakeRoute("x", 1));
        table.AddToPort("gw-redis", 6379, MakeRoute("y", 1));
        table.EnsurePort("gw-empty", 7000);

        var built = table.Build();

        built.FindListener("postgres")!.Routes.Select(r => r.Id).Should().Equal("x");
        built.FindListener("gw-redis")!.EndPoint.Should().Be(new IPEndPoint(IPAddress.Any, 6379));
        built.FindListener("gw-empty")!.Routes.Should().BeEmpty();
        built.FindListener("gw-pg").Should().BeNull();
    }

    [Fact]
    public void Fingerprint_is_stable_and_changes_with_any_field_the_proxy_uses()
    {
        string Fingerprint(Route route, StaticConfig? config = null)
        {
            var table = new TableBuilder(config ?? Config);
            table.TryAddToEntryPoint("postgres", route);
            return table.Build().Fingerprint;
        }

        var route = MakeRoute("a", 1);
        var same = Fingerprint(route);
        same.Should().HaveLength(64).And.Be(Fingerprint(MakeRoute("a", 1)));
        Fingerprint(route with { Priority = 2 }).Should().NotBe(same);
        Fingerprint(route with { Match = new HostSniMatcher("x.example.com") }).Should().NotBe(same);
        Fingerprint(route with { Backends = [route.Backends[0] with { Weight = 2 }] }).Should().NotBe(same);
        Fingerprint(route with { Backends = [route.Backends[0] with { Endpoints = [new BackendEndpoint("10.0.0.9", 5432)] }] }).Should().NotBe(same);
        var certificate = new TlsCertificate("secret/a", "CERT", "KEY", ["a.example.com"]);
        var terminate = route with { Tls = new RouteTls(TlsMode.Terminate, new TlsTermination([certificate], null, TlsOptions.Default)) };
        Fingerprint(terminate with { Tls = new RouteTls(TlsMode.Terminate, new TlsTermination([certificate with { CertificatePem = "CERT2" }], null, TlsOptions.Default)) })
            .Should().NotBe(Fingerprint(terminate));
        Fingerprint(route, new StaticConfig([new EntryPointConfig("postgres", "127.0.0.1:5432", ListenerOptions.Default with { IdleTimeout = TimeSpan.FromSeconds(1) })]))
            .Should().NotBe(Fingerprint(route, new StaticConfig([new EntryPointConfig("postgres", "127.0.0.1:5432", ListenerOptions.Default)])));
    }

    private static Route MakeRoute(string id, int priority) => new(
        id,
        new SourceRef("IngressRouteTCP", "default", id),
        "HostSNI(`*`)",
        new HostSniMatcher("*"),
        priority,
        RouteTls.None,
        [],
        [new Backend($"{id}/backend/0", "default/pg:5432", null, 1, [new BackendEndpoint("10.0.0.1", 5432)], 0, BackendTransport.Default)]);
}
