using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Kubernetes.Tests.TestSupport;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Controller;

/// <summary>Objects applied to the (fake) cluster reach the route table, and come back as status and Events.</summary>
public sealed class ClusterControllerTests
{
    private static readonly FakeResourceType IngressRouteTcp = FakeResourceTypes.Traefik()[0];
    private static readonly FakeResourceType TcpIngress = FakeResourceTypes.Kong[0];

    private static void Backend(FakeApiServer server, string ns = "default", string name = "db")
    {
        server.Apply(FakeResourceTypes.Services, Manifests.Service(ns, name, 5432));
        server.Apply(FakeResourceTypes.EndpointSlices, Manifests.Slice(ns, name, 5432, "10.0.0.7"));
    }

    [Fact]
    public async Task Routes_follow_objects_applied_changed_and_deleted()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        await Eventually.True(() => cluster.Controller.IsReady, "the controller to be ready");
        Backend(cluster.Server);

        cluster.Server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("default", "pg", "HostSNI(`*`)", "db"));
        var route = await Eventually.Value(() => cluster.Routes.FirstOrDefault(), _ => true, "the route");
        route.Id.Should().StartWith("ingressroutetcp/default/pg");
        route.Backends.Single().Endpoints.Single().Host.Should().Be("10.0.0.7");

        cluster.Server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("default", "pg", "HostSNI(`db.example.com`)", "db"));
        await Eventually.True(() => cluster.Routes.Any(r => r.Rule.Contains("db.example.com", StringComparison.Ordinal)), "the changed rule");

        cluster.Server.Delete(IngressRouteTcp, "default", "pg");
        await Eventually.True(() => !cluster.Routes.Any(), "the route to go");
        cluster.Controller.LastResult.Should().NotBeNull();
    }

    [Fact]
    public async Task Objects_of_another_class_are_left_alone_and_ours_or_unclassed_are_served()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        Backend(cluster.Server);
        cluster.Server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("default", "other", "HostSNI(`other.example.com`)", "db", ingressClass: "traefik"));
        cluster.Server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("default", "mine", "HostSNI(`mine.example.com`)", "db", ingressClass: "tcprouting"));
        cluster.Server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("default", "plain", "HostSNI(`plain.example.com`)", "db"));

        await Eventually.True(() => cluster.Routes.Count() == 2, "two routes");
        cluster.Routes.Select(r => r.Source.Name).Should().BeEquivalentTo("mine", "plain");
        cluster.Controller.LastResult!.Statuses.Should().NotContain(s => s.Object.Name == "other");
        await Eventually.True(() => EventsFor(cluster.Server, "mine").Count > 0, "an Event on ours");
        EventsFor(cluster.Server, "other").Should().BeEmpty();

        // The log says once (not once per pass) why the object is left alone.
        await cluster.Controller.NextPassAsync(TestContext.Current.CancellationToken);
        await cluster.Controller.NextPassAsync(TestContext.Current.CancellationToken);
        cluster.Logs.Where(l => l.Contains("default/other", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain("IngressRouteTCP default/other is left alone: it has class traefik, and this operator serves class tcprouting");
    }

    [Fact]
    public async Task Only_the_configured_namespaces_are_watched()
    {
        var server = await ClusterHarness.ServerWithEverythingAsync();
        await using var _ = server;
        server.EnsureNamespace("team-a");
        server.EnsureNamespace("team-b");
        await using var cluster = await ClusterHarness.StartAsync(o => o with { Namespaces = ClusterHarness.Ns("team-a") }, server);
        foreach (var ns in new[] { "team-a", "team-b" })
        {
            Backend(server, ns);
            server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp(ns, "pg", $"HostSNI(`{ns}.example.com`)", "db"));
        }

        await Eventually.True(() => cluster.Routes.Any(), "the team-a route");
        await Eventually.True(() => cluster.Controller.LastResult?.Statuses.Any(s => s.Object.Namespace == "team-a") == true, "a settled translation");
        cluster.Routes.Should().ContainSingle().Which.Source.Namespace.Should().Be("team-a");
        cluster.Server.Requests.Should().Contain(r => r.Contains("/namespaces/team-a/ingressroutetcps", StringComparison.Ordinal))
            .And.NotContain(r => r.Contains("/namespaces/team-b/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Services_are_also_watched_where_exposure_keeps_them_and_nothing_else_is()
    {
        var server = await ClusterHarness.ServerWithEverythingAsync();
        await using var _ = server;
        server.EnsureNamespace("team-a");
        server.EnsureNamespace("ops");
        var exposure = new TcpRouting.Translation.Exposure.ExposureSettings("ops", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty,
            "LoadBalancer", new TcpRouting.Translation.Exposure.ServiceRef("ops", "tcprouting"));
        await using var cluster = await ClusterHarness.StartAsync(o => o with { Namespaces = ClusterHarness.Ns("team-a"), Exposure = exposure }, server);
        Backend(server, "team-a");
        server.Apply(IngressRouteTcp, Manifests.IngressRouteTcp("team-a", "pg", "HostSNI(`team-a.example.com`)", "db"));

        await Eventually.True(() => cluster.Routes.Any(), "the team-a route");
        // A list or watch of the collection (a read of the one published Service by name does not count).
        cluster.Server.Requests.Should().Contain(r => r.StartsWith("GET ", StringComparison.Ordinal) && (r.Contains("/namespaces/ops/services?", StringComparison.Ordinal) || r.EndsWith("/namespaces/ops/services", StringComparison.Ordinal)),
                "the published Service lives there")
            .And.NotContain(r => r.Contains("/namespaces/ops/", StringComparison.Ordinal) && !r.Contains("/namespaces/ops/services", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_route_gets_false_conditions_and_a_warning_then_ready_and_a_normal_event_once_fixed()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngress("default", "db", 9000, "db"));

        var ready = await Eventually.Value(() => Condition(cluster.Server.Get(TcpIngress, "default", "db"), "Ready"), c => c["status"]!.GetValue<string>() == "False", "Ready=False");
        ready["reason"]!.GetValue<string>().Should().Be("ServiceNotFound");
        var warning = await Eventually.Value(() => EventsFor(cluster.Server, "db").FirstOrDefault(e => e["type"]!.GetValue<string>() == "Warning"), _ => true, "a Warning Event");
        warning["reason"]!.GetValue<string>().Should().Be("ServiceNotFound");
        warning["note"]!.GetValue<string>().Should().Contain("db");

        Backend(cluster.Server);
        await Eventually.Value(() => Condition(cluster.Server.Get(TcpIngress, "default", "db"), "Ready"), c => c["status"]!.GetValue<string>() == "True", "Ready=True");
        await Eventually.True(() => EventsFor(cluster.Server, "db").Any(e => e["type"]!.GetValue<string>() == "Normal"), "a Normal Event");

        // Nothing changes for the object: neither status nor Events are written again, however many passes run.
        await cluster.Controller.NextPassAsync(TestContext.Current.CancellationToken);
        var writes = StatusWrites(cluster.Server);
        var events = EventsFor(cluster.Server, "db").Count;
        cluster.Server.Apply(FakeResourceTypes.Services, Manifests.Service("default", "other", 1));
        await cluster.Controller.NextPassAsync(TestContext.Current.CancellationToken);
        await cluster.Controller.NextPassAsync(TestContext.Current.CancellationToken);
        StatusWrites(cluster.Server).Should().Be(writes);
        EventsFor(cluster.Server, "db").Should().HaveCount(events);
    }

    [Fact]
    public async Task Route_parents_of_other_controllers_are_kept_and_ours_are_added()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        Backend(cluster.Server);
        cluster.Server.Apply(FakeResourceTypes.GatewayApi()[0], Manifests.GatewayClass("ours", TcpRouting.Translation.TranslationSettings.DefaultGatewayControllerName));
        cluster.Server.Apply(FakeResourceTypes.GatewayApi()[1], Manifests.Gateway("default", "gw", "ours", 9100));
        var route = Manifests.TcpRoute("default", "pg", "gw", "db");
        route["status"] = JsonNode.Parse("""
            {"parents":[{"parentRef":{"group":"gateway.networking.k8s.io","kind":"Gateway","name":"elsewhere"},"controllerName":"example.com/other",
              "conditions":[{"type":"Accepted","status":"True","reason":"Accepted","message":"","observedGeneration":1,"lastTransitionTime":"2024-01-01T00:00:00Z"}]}]}
            """);
        cluster.Server.Apply(FakeResourceTypes.GatewayApi()[2], route, withStatus: true);

        var parents = await Eventually.Value(
            () => cluster.Server.Get(FakeResourceTypes.GatewayApi()[2], "default", "pg")?["status"]?["parents"]?.AsArray(), p => p.Count == 2, "two parents");
        parents.Select(p => p!["controllerName"]!.GetValue<string>()).Should().Equal("example.com/other", TcpRouting.Translation.TranslationSettings.DefaultGatewayControllerName);
        parents[1]!["conditions"]!.AsArray().Should().Contain(c => c!["type"]!.GetValue<string>() == "Accepted" && c["status"]!.GetValue<string>() == "True");
        var gateway = await Eventually.Value(
            () => cluster.Server.Get(FakeResourceTypes.GatewayApi()[1], "default", "gw")?["status"]?["listeners"]?.AsArray(), l => l.Count == 1, "gateway listeners");
        gateway[0]!["attachedRoutes"]!.GetValue<int>().Should().Be(1);
        await Eventually.True(() => cluster.Routes.Any(r => r.Source.Kind == "TCPRoute"), "the TCPRoute route");
    }

    [Fact]
    public async Task A_kind_installed_later_is_picked_up()
    {
        var server = await FakeApiServer.StartAsync();
        await using var _ = server;
        server.Install(FakeResourceTypes.Traefik());
        await using var cluster = await ClusterHarness.StartAsync(server: server);
        await Eventually.True(() => cluster.Controller.IsReady, "ready without Kong");

        server.Install(FakeResourceTypes.Kong);
        Backend(server);
        server.Apply(TcpIngress, Manifests.TcpIngress("default", "late", 9000, "db"));

        await Eventually.True(() => cluster.Routes.Any(r => r.Source.Kind == "TCPIngress"), "the Kong route");
    }

    internal static JsonObject? Condition(JsonObject? obj, string type) =>
        obj?["status"]?["conditions"]?.AsArray().FirstOrDefault(c => c!["type"]!.GetValue<string>() == type)?.AsObject();

    internal static List<JsonObject> EventsFor(FakeApiServer server, string name) =>
        [.. server.List(FakeResourceTypes.Events).Where(e => e["regarding"]?["name"]?.GetValue<string>() == name)];

    private static int StatusWrites(FakeApiServer server) => server.Requests.Count(r => r.StartsWith("PATCH", StringComparison.Ordinal) && r.Contains("/status", StringComparison.Ordinal));
}
