using FluentAssertions;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Health;

/// <summary>healthCheck on IngressRouteTCP services (Traefik v3.6 names plus ours) and the Service annotation.</summary>
public sealed class HealthCheckTranslationTests
{
    private static readonly StaticConfig Config = StaticConfigParser.Parse("entryPoints: { pg: { address: ':5432' } }", "c.yaml", out _);

    private const string Services = """
        apiVersion: v1
        kind: Service
        metadata: { name: pg, namespace: default }
        spec: { ports: [{ name: pg, port: 5432 }] }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-1, namespace: default, labels: { kubernetes.io/service-name: pg } }
        ports: [{ name: pg, port: 5432 }]
        endpoints: [{ addresses: [10.0.0.1] }, { addresses: [10.0.0.2] }]
        """;

    private static TranslationResult Translate(string yaml) => Translator.Translate(ResourceSnapshot.Of(TestFiles.Objects(yaml), Config));

    private static string Route(string healthCheck) => $$"""
        {{Services}}
        ---
        apiVersion: traefik.io/v1alpha1
        kind: IngressRouteTCP
        metadata: { name: db, namespace: default }
        spec:
          entryPoints: [pg]
          routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432, healthCheck: {{healthCheck}} }] }]
        """;

    [Fact]
    public void Traefik_fields_keep_their_meaning_and_defaults()
    {
        var check = Translate(Route("{ send: PING, expect: PONG, interval: 10s, timeout: 3 }")).Table.Listeners.Single().Routes.Single().Backends.Single().HealthCheck;

        check.Should().Be(HealthCheck.Default with
        {
            Interval = TimeSpan.FromSeconds(10),
            UnhealthyInterval = TimeSpan.FromSeconds(10), // Traefik: the interval when unhealthyInterval is unset
            Timeout = TimeSpan.FromSeconds(3),
            SendHex = "50494e47",
            ExpectHex = "504f4e47",
        });
    }

    [Fact]
    public void Our_additions_describe_a_patroni_primary_check()
    {
        var check = Translate(Route("{ port: 8008, http: { path: /primary }, interval: 2s, unhealthyInterval: 1s, rise: 2, fall: 3, failOpen: false }"))
            .Table.Listeners.Single().Routes.Single().Backends.Single().HealthCheck!;

        check.Port.Should().Be(8008);
        check.Http.Should().Be(new HttpHealthCheck("/primary", 200, null));
        (check.Interval, check.UnhealthyInterval, check.Rise, check.Fall, check.FailOpen).Should().Be((TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 2, 3, false));
        check.Tls.Should().BeNull("a check on another port is plain unless asked");
    }

    [Theory]
    [InlineData("{ interval: soon }", "healthCheck.interval", "not a positive duration")]
    [InlineData("{ timeout: 0s }", "healthCheck.timeout", "not a positive duration")]
    [InlineData("{ port: 70000 }", "healthCheck.port", "1 to 65535")]
    [InlineData("{ rise: 0 }", "healthCheck.rise", "from 1 to 100")]
    [InlineData("{ sendHex: zz }", "healthCheck.sendHex", "not hex")]
    [InlineData("{ send: a, sendHex: '00' }", "healthCheck.sendHex", "cannot be combined")]
    [InlineData("{ http: { path: primary } }", "healthCheck.http.path", "must start with /")]
    [InlineData("{ http: { path: /p, expectedStatus: 99 } }", "healthCheck.http.expectedStatus", "100 to 599")]
    [InlineData("{ send: x, http: { path: /p } }", "healthCheck.http", "cannot be combined")]
    public void A_bad_field_is_named_with_why_and_the_route_is_not_served(string healthCheck, string field, string why)
    {
        var result = Translate(Route(healthCheck));

        result.Table.Listeners.Single().Routes.Should().BeEmpty();
        result.Statuses.Single(s => s.Object.Kind == "IngressRouteTCP").Problems.Should().Contain(p =>
            p.Field == "spec.routes[0].services[0]." + field && p.Message.Contains(why));
    }

    [Fact]
    public void A_service_annotation_checks_its_endpoints_for_every_route_kind()
    {
        var yaml = Services.Replace("metadata: { name: pg, namespace: default }",
            "metadata: { name: pg, namespace: default, annotations: { tcprouting.io/health-check: '{port: 8008, http: {path: /primary}, interval: 5s}' } }") + """

            ---
            apiVersion: configuration.konghq.com/v1beta1
            kind: TCPIngress
            metadata: { name: kong-db, namespace: default, annotations: { kubernetes.io/ingress.class: kong } }
            spec: { rules: [{ port: 9000, backend: { serviceName: pg, servicePort: 5432 } }] }
            ---
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: own, namespace: default }
            spec:
              entryPoints: [pg]
              routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432, healthCheck: { interval: 1s } }] }]
            """;

        var backends = Translate(yaml).Table.Listeners.SelectMany(l => l.Routes).ToDictionary(r => r.Source.Name, r => r.Backends.Single());

        backends["kong-db"].HealthCheck!.Http!.Path.Should().Be("/primary");
        backends["kong-db"].HealthCheck!.Interval.Should().Be(TimeSpan.FromSeconds(5));
        backends["own"].HealthCheck!.Http.Should().BeNull("a check written on the route wins over the Service's");
    }

    [Theory]
    [InlineData("'{port: 8008, interval: never}'", "interval", "not a positive duration")]
    [InlineData("'[1, 2]'", "", "one YAML or JSON object")]
    [InlineData("'{port: eighty}'", "", "cannot be read")]
    public void A_bad_annotation_names_the_service_and_field_and_its_backends_take_no_traffic(string value, string field, string why)
    {
        var yaml = Services.Replace("metadata: { name: pg, namespace: default }",
            $"metadata: {{ name: pg, namespace: default, annotations: {{ tcprouting.io/health-check: {value} }} }}") + """

            ---
            apiVersion: traefik.io/v1alpha1
            kind: IngressRouteTCP
            metadata: { name: db, namespace: default }
            spec:
              entryPoints: [pg]
              routes: [{ match: HostSNI(`*`), services: [{ name: pg, port: 5432 }] }]
            """;

        var result = Translate(yaml);

        result.Table.Listeners.Single().Routes.Single().Backends.Single().Endpoints.Should().BeEmpty();
        var status = result.Statuses.Single(s => s.Object.Kind == "IngressRouteTCP");
        var expectedField = $"Service default/pg {ServiceHealthAnnotation.Field}" + (field.Length > 0 ? "." + field : string.Empty);
        status.Problems.Should().Contain(p => p.Field == expectedField && p.Message.Contains(why));
        status.Conditions.Single(c => c.Type == "Ready").Status.Should().Be("False");
    }

    [Fact]
    public void A_check_on_the_endpoint_port_speaks_tls_when_the_service_is_dialled_over_tls()
    {
        var check = Translate(Route("{ interval: 1s }").Replace("port: 5432, healthCheck", "port: 5432, tls: true, healthCheck"))
            .Table.Listeners.Single().Routes.Single().Backends.Single().HealthCheck!;

        check.Tls.Should().Be(new HealthCheckTls(null, false, string.Empty));
    }
}
