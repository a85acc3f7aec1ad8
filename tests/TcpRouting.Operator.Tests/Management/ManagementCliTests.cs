using System.Text.Json;
using FluentAssertions;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Operator.Tests.Support;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>Seed 002 scenarios A and C through `tcprouting route|middleware`, against a cluster and a GitOps folder.</summary>
public sealed class ManagementCliTests
{
    public static TheoryData<string> Targets => [ManagementTarget.Cluster, ManagementTarget.Folder];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Scenario_a_secure_tcp_routing_from_create_to_delete(string targetName)
    {
        await using var target = await ManagementTarget.StartAsync(targetName);
        target.AddService("postgres", 5432);
        target.AddService("hello-world", 80);

        // 1-2: the allow list, then the route using it.
        (await RunAsync(target, "middleware", "apply", "--name", "db-allowlist", "--source-range", "192.168.1.0/24", "--source-range", "10.0.0.1"))
            .Output.Should().Contain("MiddlewareTCP default/db-allowlist created");
        (await RunAsync(target, "route", "apply", "--name", "postgres-route", "--service", "postgres", "--port", "5432", "--entry-point", "postgresql", "--middleware", "db-allowlist"))
            .Output.Should().Contain("IngressRouteTCP default/postgres-route created");

        // 3: listed with its target, the middleware's details and a ready status.
        var route = (await ListAsync(target)).GetProperty("routes").EnumerateArray().Should().ContainSingle().Subject;
        route.GetProperty("name").GetString().Should().Be("postgres-route");
        route.GetProperty("entryPoints").EnumerateArray().Select(e => e.GetString()).Should().Equal("postgresql");
        var rule = route.GetProperty("rules")[0];
        rule.GetProperty("match").GetString().Should().Be("HostSNI(`*`)");
        rule.GetProperty("targets")[0].GetProperty("service").GetString().Should().Be("postgres");
        rule.GetProperty("middlewares")[0].GetProperty("sourceRanges").EnumerateArray().Select(e => e.GetString()).Should().Equal("192.168.1.0/24", "10.0.0.1");
        route.GetProperty("status").GetProperty("ready").GetBoolean().Should().BeTrue(route.GetProperty("status").ToString());
        (await RunAsync(target, "route", "list")).Output.Should().Contain("IngressRouteTCP default/postgres-route [postgresql]").And.Contain("status: Ready")
            .And.Contain("middleware default/db-allowlist: ipAllowList 192.168.1.0/24, 10.0.0.1");

        // 4: patch in place, first with passthrough, then without: no stale tls block, no stale middleware.
        await RunAsync(target, "middleware", "apply", "--name", "db-allowlist", "--source-range", "10.0.0.0/8", "--source-range", "172.16.0.1");
        (await RunAsync(target, "route", "apply", "--name", "postgres-route", "--service", "hello-world", "--port", "80", "--entry-point", "postgresql", "--sni", "tcp-example.com", "--passthrough", "--middleware", "db-allowlist"))
            .Output.Should().Contain("replaced");
        target.Get(ManagedKind.IngressRouteTcp, "default", "postgres-route")!["spec"]!["tls"]!["passthrough"]!.GetValue<bool>().Should().BeTrue();
        await RunAsync(target, "route", "apply", "--name", "postgres-route", "--service", "hello-world", "--port", "80", "--entry-point", "postgresql", "--sni", "tcp-example.com");
        var spec = target.Get(ManagedKind.IngressRouteTcp, "default", "postgres-route")!["spec"]!.AsObject();
        spec.ContainsKey("tls").Should().BeFalse();
        spec["routes"]![0]!.AsObject().ContainsKey("middlewares").Should().BeFalse();
        spec["routes"]![0]!["match"]!.GetValue<string>().Should().Be("HostSNI(`tcp-example.com`)");
        spec["routes"]![0]!["services"]![0]!["name"]!.GetValue<string>().Should().Be("hello-world");
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist")!["spec"]!["ipAllowList"]!["sourceRange"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("10.0.0.0/8", "172.16.0.1");

        // 5: a middleware in use is not deleted; once detached it is.
        await RunAsync(target, "route", "apply", "--name", "postgres-route", "--service", "hello-world", "--port", "80", "--entry-point", "postgresql", "--middleware", "db-allowlist");
        var refused = await RunAsync(target, expectedExit: 1, "middleware", "delete", "--name", "db-allowlist");
        refused.ErrorLines.Should().ContainSingle().Which.Should().Contain("db-allowlist").And.Contain("default/postgres-route");
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist").Should().NotBeNull();
        await RunAsync(target, "route", "apply", "--name", "postgres-route", "--service", "hello-world", "--port", "80", "--entry-point", "postgresql");
        (await RunAsync(target, "middleware", "delete", "--name", "db-allowlist")).Output.Should().Contain("deleted");
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist").Should().BeNull();

        // 6: the route goes, and the listing is empty.
        (await RunAsync(target, "route", "delete", "--name", "postgres-route")).Output.Should().Contain("deleted");
        target.Get(ManagedKind.IngressRouteTcp, "default", "postgres-route").Should().BeNull();
        (await ListAsync(target)).GetProperty("routes").GetArrayLength().Should().Be(0);
        (await RunAsync(target, expectedExit: 1, "route", "delete", "--name", "postgres-route")).Error.Should().Contain("not found");
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Scenario_c_tls_passthrough_route_and_a_missing_service_in_its_status(string targetName)
    {
        await using var target = await ManagementTarget.StartAsync(targetName);

        await RunAsync(target, "route", "apply", "--name", "redis-route", "--service", "redis", "--port", "6379", "--entry-point", "redis", "--sni", "redis.example.com", "--passthrough");

        var route = (await ListAsync(target)).GetProperty("routes")[0];
        route.GetProperty("tlsPassthrough").GetBoolean().Should().BeTrue();
        route.GetProperty("status").GetProperty("ready").GetBoolean().Should().BeFalse();
        route.GetProperty("status").GetProperty("messages").ToString().Should().Contain("default/redis");
        await RunAsync(target, "route", "delete", "--name", "redis-route");
        target.Get(ManagedKind.IngressRouteTcp, "default", "redis-route").Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Gateway_api_routes_are_applied_listed_and_deleted_by_kind(string targetName)
    {
        await using var target = await ManagementTarget.StartAsync(targetName);
        target.AddService("mqtt", 1883);

        await RunAsync(target, "route", "apply", "--kind", "tcproute", "--name", "mqtt", "--service", "mqtt", "--port", "1883", "--gateway", "edge", "--section", "mqtt");
        await RunAsync(target, "route", "apply", "--kind", "tlsroute", "--name", "mqtts", "--service", "mqtt", "--port", "1883", "--gateway", "edge", "--hostname", "mqtt.example.com");

        var routes = (await ListAsync(target)).GetProperty("routes").EnumerateArray().ToList();
        routes.Select(r => r.GetProperty("kind").GetString()).Should().Equal("TCPRoute", "TLSRoute");
        routes[0].GetProperty("entryPoints")[0].GetString().Should().Be("default/edge/mqtt");
        routes[1].GetProperty("rules")[0].GetProperty("match").GetString().Should().Be("SNI mqtt.example.com");
        target.Get(ManagedKind.TcpRoute, "default", "mqtt")!["spec"]!["parentRefs"]![0]!["sectionName"]!.GetValue<string>().Should().Be("mqtt");
        await RunAsync(target, "route", "delete", "--kind", "tlsroute", "--name", "mqtts");
        target.Get(ManagedKind.TlsRoute, "default", "mqtts").Should().BeNull();
        target.Get(ManagedKind.TcpRoute, "default", "mqtt").Should().NotBeNull();
    }

    [Theory]
    [InlineData("999.1.1.1/8")]
    [InlineData("10.0.0.0/40")]
    public async Task A_bad_cidr_names_itself_and_writes_nothing(string range)
    {
        await using var target = await ManagementTarget.StartAsync(ManagementTarget.Folder);

        var result = await RunAsync(target, expectedExit: 1, "middleware", "apply", "--name", "db-allowlist", "--source-range", "10.0.0.1", "--source-range", range);

        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("--source-range[1]").And.Contain(range);
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist").Should().BeNull();
    }

    [Fact]
    public async Task Bad_route_input_names_every_field_at_fault()
    {
        await using var target = await ManagementTarget.StartAsync(ManagementTarget.Folder);

        var result = await RunAsync(target, expectedExit: 1, "route", "apply", "--name", "Postgres_Route", "--service", "postgres", "--port", "70000", "--middleware", "db allow");

        result.ErrorLines.Should().HaveCount(3);
        result.Error.Should().Contain("--name: \"Postgres_Route\"").And.Contain("--port: 70000").And.Contain("--middleware[0]");
    }

    [Fact]
    public async Task A_missing_required_option_is_named()
    {
        var result = await Support.Cli.RunAsync("route", "apply", "--manifests", Path.GetTempPath(), "--service", "postgres", "--port", "5432");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--name");
    }

    private static async Task<JsonElement> ListAsync(ManagementTarget target) =>
        JsonDocument.Parse((await RunAsync(target, "route", "list", "-o", "json")).Output).RootElement.Clone();

    private static Task<CliResult> RunAsync(ManagementTarget target, params string[] args) => RunAsync(target, 0, args);

    private static async Task<CliResult> RunAsync(ManagementTarget target, int expectedExit, params string[] args)
    {
        var result = await Support.Cli.RunAsync([.. args, .. target.StoreArgs]);
        result.ExitCode.Should().Be(expectedExit, $"{string.Join(' ', args)}: {result.Error}");
        return result;
    }
}
