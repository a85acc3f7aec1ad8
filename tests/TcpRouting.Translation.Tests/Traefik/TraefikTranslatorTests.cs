using FluentAssertions;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik;

namespace TcpRouting.Translation.Tests.Traefik;

public sealed class TraefikTranslatorTests
{
    private static readonly StaticConfig Config = StaticConfigParser.Parse("entryPoints: { pg: { address: ':5432' } }", "c.yaml", out _);

    [Fact]
    public void Qualified_middleware_names_resolve_even_with_dashes_in_namespace_and_name()
    {
        var catalog = new TraefikCatalog(TestFiles.Objects("""
            apiVersion: traefik.io/v1alpha1
            kind: MiddlewareTCP
            metadata: { name: db-allow, namespace: team-a }
            spec: { ipAllowList: { sourceRange: [10.0.0.0/8] } }
            """));

        catalog.Reference(TraefikCatalog.MiddlewareTcp, "team-a-db-allow@kubernetescrd", null, "apps", out var error).Should().Be(("team-a", "db-allow"));
        error.Should().BeNull();
        catalog.Reference(TraefikCatalog.MiddlewareTcp, "db-allow", "team-a", "apps", out _).Should().Be(("team-a", "db-allow"));
        catalog.Reference(TraefikCatalog.MiddlewareTcp, "db-allow", null, "apps", out _).Should().Be(("apps", "db-allow"));
        catalog.Reference(TraefikCatalog.MiddlewareTcp, "x@file", null, "apps", out error);
        error.Should().Contain("another provider");
    }

    [Fact]
    public void The_older_of_two_same_named_objects_wins_whatever_the_input_order()
    {
        var objects = TestFiles.Objects("""
            apiVersion: traefik.io/v1alpha1
            kind: MiddlewareTCP
            metadata: { name: allow, namespace: default, creationTimestamp: "2026-01-02T00:00:00Z" }
            spec: { ipAllowList: { sourceRange: [192.168.0.0/16] } }
            ---
            apiVersion: traefik.containo.us/v1alpha1
            kind: MiddlewareTCP
            metadata: { name: allow, namespace: default, creationTimestamp: "2026-01-01T00:00:00Z" }
            spec: { ipAllowList: { sourceRange: [10.0.0.0/8] } }
            ---
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default }
            spec:
              routes: [{ match: HostSNI(`*`), middlewares: [{ name: allow }], services: [{ name: pg, port: 5432 }] }]
            """);

        foreach (var order in new[] { objects, objects.Reverse().ToList() })
        {
            var route = Translator.Translate(ResourceSnapshot.Of(order, Config)).Table.Listeners.Single().Routes.Single();
            route.Middlewares.Should().ContainSingle().Which.Should().BeOfType<IpAllowListMiddleware>()
                .Which.SourceRanges.Select(r => r.ToString()).Should().Equal("10.0.0.0/8");
        }
    }

    [Fact]
    public void A_transport_asking_for_san_checks_we_do_not_make_is_refused_not_ignored()
    {
        var objects = TestFiles.Objects("""
            apiVersion: traefik.io/v1alpha1
            kind: ServersTransportTCP
            metadata: { name: strict, namespace: default }
            spec: { tls: { serverName: db.internal, peerCertSANs: [{ type: DNSName, value: db.internal }] } }
            ---
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default }
            spec:
              routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432, serversTransport: strict }] }]
            """);

        var result = Translator.Translate(ResourceSnapshot.Of(objects, Config));

        var transport = result.Statuses.Single(s => s.Object.Kind == "ServersTransportTCP");
        transport.IsAccepted.Should().BeFalse();
        transport.Problems.Should().ContainSingle(p => p.Field == "spec.tls.peerCertSANs");
        result.Table.Listeners.SelectMany(l => l.Routes).Should().BeEmpty("a backend must not be dialled without the check its transport asks for");
    }

    [Fact]
    public void An_exception_inside_one_object_becomes_its_problem()
    {
        var o = TestFiles.Objects("""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default, generation: 3 }
            spec: {}
            """)[0];

        var status = ObjectGuard.Run(o, () => throw new InvalidOperationException("boom"));

        status.Object.Should().Be(new SourceRef("IngressRouteTCP", "default", "pg"));
        status.Problems.Should().ContainSingle().Which.Message.Should().Contain("InvalidOperationException: boom");
        status.Conditions.Should().Contain(c => c.Type == "Ready" && c.Status == "False" && c.Reason == "TranslationError" && c.ObservedGeneration == 3);
    }

    [Fact]
    public void Statuses_carry_the_object_location_and_generation()
    {
        var result = Translator.Translate(ResourceSnapshot.Of(TestFiles.Objects("""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default, generation: 7 }
            spec: { routes: [{ match: "HostSNI(`*`)", services: [{ name: pg, port: 5432 }] }] }
            """), Config));

        var status = result.Statuses.Single();
        status.Location.Should().Be(new SourceLocation("test.yaml", 1));
        status.Generation.Should().Be(7);
        status.Conditions.Select(c => (c.Type, c.Status)).Should().Equal(("Accepted", "True"), ("ResolvedRefs", "False"), ("Ready", "False"));
        status.Problems.Should().ContainSingle().Which.Should().Be(new Status.Problem("spec.routes[0].services[0]", "Service default/pg not found"));
    }
}
