using FluentAssertions;
using TcpRouting.Translation.Config;

namespace TcpRouting.Translation.Tests.Traefik;

/// <summary>Traefik manifests that must mean here what they mean in Traefik (issue 13).</summary>
public sealed class TraefikCompatTests
{
    private static readonly StaticConfig Config = StaticConfigParser.Parse("entryPoints: { pg: { address: ':5432' } }", "c.yaml", out _);

    private const string Backend = """
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: pg, namespace: default }
        spec: { clusterIP: 10.96.0.34, ports: [{ port: 5432, targetPort: 5432 }] }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-1, namespace: default, labels: { kubernetes.io/service-name: pg } }
        addressType: IPv4
        ports: [{ port: 5432, protocol: TCP }]
        endpoints: [{ addresses: ["10.0.0.1"], conditions: { ready: true } }]
        """;

    [Theory]
    [InlineData("terminationDelay: -1")]
    [InlineData("terminationDelay: -100")]
    public void A_negative_service_termination_delay_never_closes_the_other_half(string field)
    {
        var backend = Translate($$"""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default }
            spec: { routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432, {{field}} }] }] }
            """).Table.Listeners.Single().Routes.Single().Backends.Single();

        backend.Transport.TerminationDelay.Should().Be(Timeout.InfiniteTimeSpan);
    }

    [Theory]
    [InlineData("-1s")]
    [InlineData("\"-1\"")]
    [InlineData("-1")]
    [InlineData("-250ms")]
    public void A_negative_transport_termination_delay_never_closes_the_other_half(string value)
    {
        var result = Translate($$"""
            apiVersion: traefik.io/v1alpha1
            kind: ServersTransportTCP
            metadata: { name: forever, namespace: default }
            spec: { terminationDelay: {{value}} }
            ---
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default }
            spec: { routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432, serversTransport: forever }] }] }
            """);

        result.Statuses.Should().OnlyContain(s => s.IsAccepted, string.Join("; ", result.Statuses.SelectMany(s => s.Problems)));
        result.Table.Listeners.Single().Routes.Single().Backends.Single().Transport.TerminationDelay.Should().Be(Timeout.InfiniteTimeSpan);
    }

    [Fact]
    public void A_lone_catch_all_is_tried_after_every_rule_with_a_priority_of_its_own()
    {
        var routes = Translate("""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: pg, namespace: default }
            spec:
              tls: { passthrough: true }
              routes:
                - { match: HostSNI(`*`), services: [{ name: pg, port: 5432 }] }
                - { match: ALPN(`h2`), services: [{ name: pg, port: 5432 }] }
                - { match: ClientIP(`10.0.0.0/8`), priority: 1, services: [{ name: pg, port: 5432 }] }
                - { match: HostSNI(`*`), priority: 0, syntax: v2, services: [{ name: pg, port: 5432 }] }
            """).Table.Listeners.Single().Routes;

        routes.Select(r => (r.Rule, r.Priority)).Should().Equal(
            ("ALPN(`h2`)", 10), ("ClientIP(`10.0.0.0/8`)", 1), ("HostSNI(`*`)", -1), ("HostSNI(`*`)", -1));
    }

    [Fact]
    public void An_unknown_cipher_suite_is_refused_by_name()
    {
        var status = Translate("""
            apiVersion: traefik.io/v1alpha1
            kind: TLSOption
            metadata: { name: strict, namespace: default }
            spec: { cipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305, TLS_FAKE_WITH_NOTHING] }
            """).Statuses.Single(s => s.Object.Kind == "TLSOption");

        status.IsAccepted.Should().BeFalse();
        status.Problems.Should().ContainSingle().Which.Should().Match<Status.Problem>(p => p.Field == "spec.cipherSuites[2]" && p.Message.Contains("\"TLS_FAKE_WITH_NOTHING\""));
    }

    [Theory]
    [InlineData("entryPoints: web", "spec.entryPoints", "expected a list of strings, found the string \"web\"")]
    [InlineData("routes: [{ match: [HostSNI(`*`)] }]", "spec.routes[0].match", "expected a string, found a list")]
    [InlineData("routes: [{ match: HostSNI(`*`), priority: high }]", "spec.routes[0].priority", "expected an integer, found the string \"high\"")]
    [InlineData("routes: [{ match: HostSNI(`*`), syntax: v4 }]", "spec.routes[0].syntax", "expected one of v3, v2, found the string \"v4\"")]
    [InlineData("routes: [{ match: HostSNI(`*`), services: { name: pg } }]", "spec.routes[0].services", "expected a list of objects, found an object")]
    public void Type_errors_are_said_in_the_schema_s_words(string spec, string field, string message)
    {
        var status = Translate($$"""
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: typo, namespace: default }
            spec: { {{spec}} }
            """).Statuses.Single(s => s.Object.Name == "typo");

        status.Problems.Should().ContainSingle().Which.Should().Be(new Status.Problem(field, message));
    }

    private static TranslationResult Translate(string yaml) =>
        Translator.Translate(ResourceSnapshot.Of(TestFiles.Objects(yaml + "\n" + Backend), Config));
}
