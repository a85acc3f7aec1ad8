using FluentAssertions;
using TcpRouting.Translation.Output;

namespace TcpRouting.Translation.Tests.Golden;

public sealed class RouteTableTextTests
{
    [Fact]
    public void Lists_routes_per_listener_and_then_problems()
    {
        var text = RouteTableText.Write(Translator.Translate(GoldenFixtures.Snapshot("traefik-missing-service")));
        var lines = text.Split('\n');

        lines[0].Should().MatchRegex("^LISTENER +ADDRESS +PRIORITY +MATCH +TLS +BACKENDS +ROUTE$");
        text.Should().Contain("postgres").And.Contain("HostSNI(`*`)")
            .And.Contain("default/postgres-service:5432 w=1 (10.0.0.1:5432 10.0.0.2:5432)")
            .And.Contain("default/nope:5432 w=1 (no endpoints)")
            .And.Contain("ingressroutetcp/default/pg/route/0")
            .And.Contain("PROBLEMS\nIngressRouteTCP default/pg: spec.routes[0].services[1]: Service default/nope not found\n");
        lines.Should().Contain(l => l.StartsWith("redis ", StringComparison.Ordinal) && l.Contains("(no routes)", StringComparison.Ordinal));
    }
}
