using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Kubernetes.Tests.TestSupport;
using TcpRouting.Model;
using TcpRouting.Testing.FakeApiServer;
using TcpRouting.Translation;

namespace TcpRouting.Kubernetes.Tests.Controller;

/// <summary>
/// What `kubectl get -o yaml` and `kubectl events` show for the problems issue 4 names: a missing TLS Secret,
/// a cross-namespace backendRef without a ReferenceGrant, and two TCPRoutes on one listener. Each goes through
/// the real client against the fake API server.
/// </summary>
public sealed class ProblemStatusTests
{
    private static readonly FakeResourceType TcpIngress = FakeResourceTypes.Kong[0];
    private static readonly FakeResourceType GatewayClass = FakeResourceTypes.GatewayApi()[0];
    private static readonly FakeResourceType Gateway = FakeResourceTypes.GatewayApi()[1];
    private static readonly FakeResourceType TcpRoute = FakeResourceTypes.GatewayApi()[2];
    private static readonly FakeResourceType ReferenceGrant = FakeResourceTypes.GatewayApi()[4];

    [Fact]
    public async Task A_tls_route_whose_secret_is_missing_is_not_ready_and_warns_until_the_secret_appears()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        Backend(cluster.Server, "default", "db", "10.0.0.7");
        cluster.Server.Apply(TcpIngress, Manifests.TcpIngressTls("default", "secure", 9443, "db.example.com", "db-cert", "db"));

        var ready = await Eventually.Value(() => Condition(cluster.Server.Get(TcpIngress, "default", "secure"), "Ready"), c => Status(c) == "False", "Ready=False");
        ready["reason"]!.GetValue<string>().Should().Be("SecretNotFound");
        ready["message"]!.GetValue<string>().Should().Contain("spec.tls[0].secretName").And.Contain("default/db-cert");
        var written = cluster.Server.Get(TcpIngress, "default", "secure");
        Condition(written, "Accepted")!["status"]!.GetValue<string>().Should().Be("True");
        Condition(written, "ResolvedRefs")!["reason"]!.GetValue<string>().Should().Be("SecretNotFound");
        var warning = await Eventually.Value(() => Events(cluster.Server, "secure", "Warning").FirstOrDefault(), _ => true, "a Warning Event");
        warning["reason"]!.GetValue<string>().Should().Be("SecretNotFound");
        warning["note"]!.GetValue<string>().Should().Contain("default/db-cert");
        warning["regarding"]!["kind"]!.GetValue<string>().Should().Be("TCPIngress");
        cluster.Routes.Should().NotContain(r => r.Source.Name == "secure", "a route that cannot terminate TLS is not served");

        var pair = TestCertificates.Create();
        cluster.Server.Apply(FakeResourceTypes.Secrets, Manifests.TlsSecret("default", "db-cert", pair.ClientCertPem, pair.ClientKeyPem));

        await Eventually.Value(() => Condition(cluster.Server.Get(TcpIngress, "default", "secure"), "Ready"), c => Status(c) == "True", "Ready=True");
        cluster.Routes.Should().ContainSingle(r => r.Source.Name == "secure").Which.Tls.Mode.Should().Be(TlsMode.Terminate);
        await Eventually.True(() => Events(cluster.Server, "secure", "Normal").Count > 0, "a Normal Event");
        Events(cluster.Server, "secure", "Warning").Should().ContainSingle();
    }

    [Fact]
    public async Task A_backend_in_another_namespace_is_refused_until_a_reference_grant_there_allows_it()
    {
        await using var cluster = await ClusterHarness.StartAsync();
        cluster.Server.EnsureNamespace("data");
        Backend(cluster.Server, "data", "db", "10.0.0.7");
        OurGateway(cluster.Server);
        cluster.Server.Apply(TcpRoute, Manifests.TcpRouteTo("default", "pg", "gw", "data", "db"));

        var resolved = await Eventually.Value(() => ParentCondition(cluster.Server.Get(TcpRoute, "default", "pg"), "ResolvedRefs"), c => Status(c) == "False", "ResolvedRefs=False");
        resolved["reason"]!.GetValue<string>().Should().Be("RefNotPermitted");
        resolved["message"]!.GetValue<string>().Should().Contain("data/db");
        var parent = OurParent(cluster.Server.Get(TcpRoute, "default", "pg"))!;
        parent["parentRef"]!["name"]!.GetValue<string>().Should().Be("gw");
        ParentCondition(cluster.Server.Get(TcpRoute, "default", "pg"), "Accepted")!["status"]!.GetValue<string>().Should().Be("True");
        var warning = await Eventually.Value(() => Events(cluster.Server, "pg", "Warning").FirstOrDefault(), _ => true, "a Warning Event");
        warning["reason"]!.GetValue<string>().Should().Be("RefNotPermitted");
        warning["regarding"]!["kind"]!.GetValue<string>().Should().Be("TCPRoute");
        Endpoints(cluster, "pg").Should().BeEmpty("a refused backend gets no connections");

        cluster.Server.Apply(ReferenceGrant, Manifests.ServiceGrant("data", "routes-from-default", "default"));

        await Eventually.Value(() => ParentCondition(cluster.Server.Get(TcpRoute, "default", "pg"), "ResolvedRefs"), c => Status(c) == "True", "ResolvedRefs=True");
        await Eventually.True(() => Endpoints(cluster, "pg").SequenceEqual(["10.0.0.7"]), "the granted backend");
        await Eventually.True(() => Events(cluster.Server, "pg", "Normal").Count > 0, "a Normal Event");
    }

    [Fact]
    public async Task Of_two_tcp_routes_on_one_listener_the_oldest_gets_the_traffic_and_the_other_says_why_it_gets_none()
    {
        // Server-set creation times an hour apart; the older route has the name that sorts last, so only its age can win.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var server = await ClusterHarness.ServerWithEverythingAsync(new FakeApiServerOptions(Clock: clock));
        await using var _ = server;
        Backend(server, "default", "old-db", "10.0.0.7");
        Backend(server, "default", "new-db", "10.0.0.8");
        OurGateway(server);
        server.Apply(TcpRoute, Manifests.TcpRoute("default", "zz-old", "gw", "old-db"));
        clock.Advance(TimeSpan.FromHours(1));
        server.Apply(TcpRoute, Manifests.TcpRoute("default", "aa-new", "gw", "new-db"));
        await using var cluster = await ClusterHarness.StartAsync(server: server);

        await Eventually.True(() => Endpoints(cluster, "zz-old").Count > 0, "the oldest route served");
        cluster.Holder.Current.Listeners.Single(l => l.EndPoint.Port == 9100).Routes.Should().ContainSingle()
            .Which.Backends.SelectMany(b => b.Endpoints).Select(e => e.Host).Should().Equal("10.0.0.7");
        var newer = await Eventually.Value(() => ParentCondition(server.Get(TcpRoute, "default", "aa-new"), "Accepted"), c => Status(c) == "True", "the newer route's status");
        newer["message"]!.GetValue<string>().Should().Contain("older TCPRoute default/zz-old").And.Contain("no traffic");
        var older = await Eventually.Value(() => ParentCondition(server.Get(TcpRoute, "default", "zz-old"), "Accepted"), c => Status(c) == "True", "the older route's status");
        older["message"]!.GetValue<string>().Should().BeEmpty();
        var listeners = await Eventually.Value(() => server.Get(Gateway, "default", "gw")?["status"]?["listeners"]?.AsArray(), l => l.Count == 1, "gateway listeners");
        listeners[0]!["attachedRoutes"]!.GetValue<int>().Should().Be(2, "both routes attach; only one gets the connections");
        var note = await Eventually.Value(() => Events(server, "aa-new", "Normal").FirstOrDefault(), _ => true, "an Event on the newer route");
        note["note"]!.GetValue<string>().Should().Contain("zz-old");

        server.Delete(TcpRoute, "default", "zz-old");

        await Eventually.True(() => Endpoints(cluster, "aa-new").SequenceEqual(["10.0.0.8"]), "the newer route takes the listener over");
        await Eventually.Value(() => ParentCondition(server.Get(TcpRoute, "default", "aa-new"), "Accepted"), c => c["message"]!.GetValue<string>().Length == 0, "the note to go");
    }

    private static void Backend(FakeApiServer server, string ns, string name, string ip)
    {
        server.Apply(FakeResourceTypes.Services, Manifests.Service(ns, name, 5432));
        server.Apply(FakeResourceTypes.EndpointSlices, Manifests.Slice(ns, name, 5432, ip));
    }

    private static void OurGateway(FakeApiServer server)
    {
        server.Apply(GatewayClass, Manifests.GatewayClass("ours", TranslationSettings.DefaultGatewayControllerName));
        server.Apply(Gateway, Manifests.Gateway("default", "gw", "ours", 9100));
    }

    private static List<string> Endpoints(ClusterHarness cluster, string route) =>
        [.. cluster.Routes.Where(r => r.Source.Name == route).SelectMany(r => r.Backends).SelectMany(b => b.Endpoints).Select(e => e.Host)];

    private static string? Status(JsonObject condition) => condition["status"]?.GetValue<string>();

    private static JsonObject? Condition(JsonObject? obj, string type) => ClusterControllerTests.Condition(obj, type);

    private static JsonObject? OurParent(JsonObject? route) =>
        route?["status"]?["parents"]?.AsArray()
            .FirstOrDefault(p => p?["controllerName"]?.GetValue<string>() == TranslationSettings.DefaultGatewayControllerName)?.AsObject();

    private static JsonObject? ParentCondition(JsonObject? route, string type) =>
        OurParent(route)?["conditions"]?.AsArray().FirstOrDefault(c => c?["type"]?.GetValue<string>() == type)?.AsObject();

    private static List<JsonObject> Events(FakeApiServer server, string name, string type) =>
        [.. ClusterControllerTests.EventsFor(server, name).Where(e => e["type"]?.GetValue<string>() == type)];
}
