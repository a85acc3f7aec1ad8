using System.Text.Json;
using FluentAssertions;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>
/// Seed 002 through the MCP server with the seed's own tool calls (names, parameters and values as written there),
/// against a cluster and a GitOps folder.
/// </summary>
public sealed class McpScenarioTests
{
    private const string Route = "traefik_manage_tcp_routing";
    private const string Middleware = "traefik_configure_tcp_middleware";

    public static TheoryData<string> Targets => [ManagementTarget.Cluster, ManagementTarget.Folder];

    [Fact]
    public async Task The_traefik_tools_and_resource_are_served_with_the_seed_parameters()
    {
        await using var target = await ManagementTarget.StartAsync(ManagementTarget.Folder);
        await using var session = await McpSession.StartAsync(target.Manager());

        var tools = (await session.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).ToDictionary(t => t.Name);
        var resources = await session.Client.ListResourcesAsync(cancellationToken: TestContext.Current.CancellationToken);

        Parameters(tools[Route].JsonSchema).Should().Contain(["action", "route_name", "service_name", "service_port", "entry_points", "middlewares", "sni_match", "tls_passthrough", "namespace"]);
        Parameters(tools[Middleware].JsonSchema).Should().Contain(["action", "middleware_name", "middleware_type", "source_ranges", "amount", "namespace"]);
        Parameters(tools["traefik_generate_routing_manifest"].JsonSchema).Should().Contain(["manifest_type", "name", "service_name", "service_port", "entry_points", "sni_match", "source_ranges", "namespace"]);
        tools.Keys.Should().Contain(["tcprouting_manage_gateway_route", "tcprouting_route_status"]);
        resources.Select(r => r.Uri).Should().Contain("traefik://traffic/tcp/list");
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Scenario_a_secure_tcp_routing(string targetName)
    {
        await using var target = await ManagementTarget.StartAsync(targetName);
        target.AddService("postgres", 5432);
        target.AddService("hello-world", 80);
        await using var session = await McpSession.StartAsync(target.Manager());

        // Steps 1 and 2, as the seed writes them.
        await session.CallAsync(Middleware, new() { ["middleware_name"] = "db-allowlist", ["middleware_type"] = "ip_allowlist", ["source_ranges"] = "[\"192.168.1.0/24\", \"10.0.0.1\"]", ["namespace"] = "default" });
        await session.CallAsync(Route, new() { ["action"] = "create", ["route_name"] = "postgres-route", ["service_name"] = "postgres", ["service_port"] = 5432, ["entry_points"] = new[] { "postgresql" }, ["middlewares"] = new[] { "db-allowlist" }, ["namespace"] = "default" });

        // Step 3: the resource lists the route, its target, the middleware's details and a ready status.
        var list = await session.ReadListAsync();
        var route = list.GetProperty("routes").EnumerateArray().Should().ContainSingle().Subject;
        route.GetProperty("status").GetProperty("ready").GetBoolean().Should().BeTrue(route.ToString());
        var rule = route.GetProperty("rules")[0];
        rule.GetProperty("match").GetString().Should().Be("HostSNI(`*`)");
        rule.GetProperty("targets")[0].GetProperty("port").GetString().Should().Be("5432");
        var middleware = rule.GetProperty("middlewares")[0];
        middleware.GetProperty("type").GetString().Should().Be("ipAllowList");
        middleware.GetProperty("sourceRanges").EnumerateArray().Select(e => e.GetString()).Should().Equal("192.168.1.0/24", "10.0.0.1");
        list.GetProperty("middlewares")[0].GetProperty("attachedTo").EnumerateArray().Select(e => e.GetString()).Should().Equal("default/postgres-route");

        // Step 4: create again with new values patches in place, leaving no stale field.
        await session.CallAsync(Middleware, new() { ["middleware_name"] = "db-allowlist", ["source_ranges"] = "[\"10.0.0.0/8\", \"172.16.0.1\"]" });
        await session.CallAsync(Route, new() { ["action"] = "create", ["route_name"] = "postgres-route", ["service_name"] = "hello-world", ["service_port"] = 80, ["entry_points"] = new[] { "postgresql" }, ["sni_match"] = "tcp-example.com", ["tls_passthrough"] = true, ["middlewares"] = new[] { "db-allowlist" } });
        await session.CallAsync(Route, new() { ["action"] = "create", ["route_name"] = "postgres-route", ["service_name"] = "hello-world", ["service_port"] = 80, ["sni_match"] = "tcp-example.com", ["middlewares"] = new[] { "db-allowlist" } });
        var spec = target.Get(ManagedKind.IngressRouteTcp, "default", "postgres-route")!["spec"]!.AsObject();
        spec.ContainsKey("tls").Should().BeFalse("passthrough was turned off by the last create");
        spec["entryPoints"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Equal("postgresql");
        spec["routes"]![0]!["match"]!.GetValue<string>().Should().Be("HostSNI(`tcp-example.com`)");
        spec["routes"]![0]!["services"]![0]!["port"]!.GetValue<int>().Should().Be(80);
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist")!["spec"]!["ipAllowList"]!["sourceRange"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("10.0.0.0/8", "172.16.0.1");

        // Step 5: the seed's delete without a name is refused naming the parameter; a delete of an attached middleware names its routes.
        (await session.FailAsync(Middleware, new() { ["action"] = "delete", ["namespace"] = "default" })).Should().Contain("middleware_name");
        (await session.FailAsync(Middleware, new() { ["action"] = "delete", ["middleware_name"] = "db-allowlist", ["namespace"] = "default" })).Should().Contain("default/postgres-route");
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist").Should().NotBeNull();
        await session.CallAsync(Route, new() { ["action"] = "create", ["route_name"] = "postgres-route", ["service_name"] = "hello-world", ["service_port"] = 80 });
        await session.CallAsync(Middleware, new() { ["action"] = "delete", ["middleware_name"] = "db-allowlist", ["namespace"] = "default" });
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist").Should().BeNull();

        // Step 6.
        await session.CallAsync(Route, new() { ["action"] = "delete", ["route_name"] = "postgres-route", ["namespace"] = "default" });
        target.Get(ManagedKind.IngressRouteTcp, "default", "postgres-route").Should().BeNull();
        (await session.ReadListAsync()).GetProperty("routes").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Scenario_c_tls_passthrough_with_the_seed_defaults(string targetName)
    {
        await using var target = await ManagementTarget.StartAsync(targetName);
        target.AddService("redis", 6379);
        await using var session = await McpSession.StartAsync(target.Manager());

        await session.CallAsync(Route, new() { ["action"] = "create", ["route_name"] = "redis-route", ["service_port"] = 6379, ["entry_points"] = new[] { "redis" }, ["sni_match"] = "redis.example.com", ["tls_passthrough"] = true });

        var stored = target.Get(ManagedKind.IngressRouteTcp, "default", "redis-route")!;
        stored["spec"]!["tls"]!["passthrough"]!.GetValue<bool>().Should().BeTrue();
        stored["spec"]!["routes"]![0]!["services"]![0]!["name"]!.GetValue<string>().Should().Be("redis");
        var status = JsonDocument.Parse(await session.CallAsync("tcprouting_route_status", new() { ["route_name"] = "redis-route" })).RootElement[0];
        status.GetProperty("status").GetProperty("ready").GetBoolean().Should().BeTrue(status.ToString());
        await session.CallAsync(Route, new() { ["action"] = "delete", ["route_name"] = "redis-route" });
        target.Get(ManagedKind.IngressRouteTcp, "default", "redis-route").Should().BeNull();
    }

    [Fact]
    public async Task Defaults_are_the_seeds_entry_point_port_catch_all_sni_and_namespace()
    {
        await using var target = await ManagementTarget.StartAsync(ManagementTarget.Folder);
        await using var session = await McpSession.StartAsync(target.Manager());

        await session.CallAsync(Route, new() { ["route_name"] = "postgres-route" });

        var spec = target.Get(ManagedKind.IngressRouteTcp, "default", "postgres-route")!["spec"]!;
        spec["entryPoints"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Equal("postgresql");
        spec["routes"]![0]!["match"]!.GetValue<string>().Should().Be("HostSNI(`*`)");
        spec["routes"]![0]!["services"]![0]!["port"]!.GetValue<int>().Should().Be(5432);
    }

    [Theory]
    [InlineData("[\"192.168.1.0/24\", \"10.0.0.300\"]", "source_ranges[1]", "10.0.0.300")]
    [InlineData("[\"192.168.1.0/24\"", "source_ranges", "JSON array")]
    public async Task Bad_source_ranges_are_named(string ranges, string parameter, string named)
    {
        await using var target = await ManagementTarget.StartAsync(ManagementTarget.Folder);
        await using var session = await McpSession.StartAsync(target.Manager());

        var error = await session.FailAsync(Middleware, new() { ["middleware_name"] = "db-allowlist", ["source_ranges"] = ranges });

        error.Should().Contain(parameter).And.Contain(named);
        target.Get(ManagedKind.MiddlewareTcp, "default", "db-allowlist").Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Gateway_routes_and_in_flight_limits_through_our_own_tools(string targetName)
    {
        await using var target = await ManagementTarget.StartAsync(targetName);
        await using var session = await McpSession.StartAsync(target.Manager());

        await session.CallAsync("tcprouting_manage_gateway_route", new() { ["route_type"] = "tls", ["route_name"] = "mqtts-route", ["gateway_name"] = "edge", ["service_port"] = 8883, ["hostnames"] = new[] { "mqtt.example.com" } });
        await session.CallAsync(Middleware, new() { ["middleware_name"] = "few", ["middleware_type"] = "in_flight_conn", ["amount"] = 10 });
        (await session.FailAsync(Middleware, new() { ["middleware_name"] = "none", ["middleware_type"] = "in_flight_conn" })).Should().Contain("amount");

        target.Get(ManagedKind.TlsRoute, "default", "mqtts-route")!["spec"]!["hostnames"]![0]!.GetValue<string>().Should().Be("mqtt.example.com");
        target.Get(ManagedKind.MiddlewareTcp, "default", "few")!["spec"]!["inFlightConn"]!["amount"]!.GetValue<long>().Should().Be(10);
        await session.CallAsync("tcprouting_manage_gateway_route", new() { ["action"] = "delete", ["route_type"] = "tls", ["route_name"] = "mqtts-route" });
        target.Get(ManagedKind.TlsRoute, "default", "mqtts-route").Should().BeNull();
    }

    private static IEnumerable<string> Parameters(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
}
