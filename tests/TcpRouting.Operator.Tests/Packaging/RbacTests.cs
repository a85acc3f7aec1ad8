using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Kubernetes;
using TcpRouting.Operator.Crds;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>
/// The chart's RBAC is exactly what the operator needs: read every kind the Kubernetes project watches
/// (its KindCatalog), write status where our CRDs have the subresource, report Events, hold the Lease.
/// </summary>
public sealed class RbacTests
{
    [Fact]
    public async Task The_rules_cover_every_watched_kind_and_nothing_more()
    {
        var objects = await Helm.TemplateAsync();
        var granted = Grants(objects.Single("ClusterRole")).Concat(Grants(objects.Single("Role"))).ToHashSet();

        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (groups, plural) in WatchedKinds())
        {
            foreach (var group in groups)
            {
                expected.UnionWith(new[] { "get", "list", "watch" }.Select(v => $"{group}/{plural}:{v}"));
                // Gateway API kinds have status upstream except ReferenceGrant.
                if (CrdCatalog.All.Any(c => c.Group == group && c.Plural == plural && c.StatusType is not null)
                    || (group == "gateway.networking.k8s.io" && plural != "referencegrants"))
                {
                    expected.UnionWith(new[] { "patch", "update" }.Select(v => $"{group}/{plural}/status:{v}"));
                }
            }
        }

        expected.UnionWith(new[] { "create", "patch", "list" }.SelectMany(v => new[] { $"/events:{v}", $"events.k8s.io/events:{v}" }));
        expected.UnionWith(["coordination.k8s.io/leases:get", "coordination.k8s.io/leases:create", "coordination.k8s.io/leases:update", "coordination.k8s.io/leases:patch"]);
        // Gateway Services and the ports routes open at run time (issue 14), in the release namespace.
        expected.UnionWith(["/services:create", "/services:patch", "/services:delete"]);

        granted.Except(expected).Should().BeEmpty("the chart grants nothing the operator does not use");
        expected.Except(granted).Should().BeEmpty("the chart grants everything the operator uses");
    }

    [Fact]
    public async Task The_lease_is_granted_only_in_the_release_namespace()
    {
        var objects = await Helm.TemplateAsync();

        Grants(objects.Single("ClusterRole")).Should().NotContain(g => g.StartsWith("coordination.k8s.io", StringComparison.Ordinal));
        objects.Single("Role")["metadata"]!["namespace"]!.GetValue<string>().Should().Be(Helm.Namespace);
        objects.Single("ClusterRoleBinding")["subjects"]![0]!["name"]!.GetValue<string>().Should().Be(objects.Single("ServiceAccount")["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watched_namespaces_get_roles_of_their_own_and_no_cluster_wide_secret_read()
    {
        var objects = await Helm.TemplateAsync("--set", "operator.watchNamespaces={databases,brokers}");
        var everywhere = Grants((await Helm.TemplateAsync()).Single("ClusterRole")).ToHashSet();

        var cluster = Grants(objects.Single("ClusterRole")).ToHashSet();
        cluster.Should().BeEquivalentTo(["/namespaces:get", "/namespaces:list", "/namespaces:watch", "gateway.networking.k8s.io/gatewayclasses:get",
            "gateway.networking.k8s.io/gatewayclasses:list", "gateway.networking.k8s.io/gatewayclasses:watch",
            "gateway.networking.k8s.io/gatewayclasses/status:patch", "gateway.networking.k8s.io/gatewayclasses/status:update"], "cluster-scoped kinds only");
        foreach (var ns in new[] { "databases", "brokers" })
        {
            var role = objects.Single(o => (string?)o["kind"] == "Role" && (string?)o["metadata"]!["namespace"] == ns);
            Grants(role).Should().Contain("/secrets:list").And.BeEquivalentTo(everywhere.Except(cluster));
            objects.Should().ContainSingle(o => (string?)o["kind"] == "RoleBinding" && (string?)o["metadata"]!["namespace"] == ns
                && (string?)o["roleRef"]!["name"] == (string?)role["metadata"]!["name"]);
        }

        // Events about cluster-scoped objects (a GatewayClass) go to "default", outside the watched namespaces.
        var events = objects.Single("Role", "tcprouting-cluster-events");
        events["metadata"]!["namespace"]!.GetValue<string>().Should().Be("default");
        Grants(events).Should().BeEquivalentTo(new[] { "create", "patch", "list" }.SelectMany(v => new[] { $"/events:{v}", $"events.k8s.io/events:{v}" }), "Events and nothing else");
        objects.Single("RoleBinding", "tcprouting-cluster-events")["metadata"]!["namespace"]!.GetValue<string>().Should().Be("default");
    }

    [Fact]
    public async Task A_watched_default_namespace_needs_no_role_of_its_own_for_cluster_scoped_events()
    {
        var objects = await Helm.TemplateAsync("--set", "operator.watchNamespaces={default}");

        objects.Should().NotContain(o => ((string?)o["metadata"]!["name"] ?? "").EndsWith("-cluster-events", StringComparison.Ordinal));
        Grants(objects.Single(o => (string?)o["kind"] == "Role" && (string?)o["metadata"]!["namespace"] == "default")).Should().Contain("/events:create");
    }

    private static IEnumerable<string> Grants(JsonObject role) =>
        from rule in role["rules"]!.AsArray()
        from g in rule!["apiGroups"]!.AsArray()
        from r in rule["resources"]!.AsArray()
        from v in rule["verbs"]!.AsArray()
        select $"{g}/{r}:{v}";

    /// <summary>The Kubernetes project's own list (Discovery.KindCatalog.All), read by reflection: it is internal there.</summary>
    private static IEnumerable<(string[] Groups, string Plural)> WatchedKinds()
    {
        var catalog = typeof(ClusterOptions).Assembly.GetType("TcpRouting.Kubernetes.Discovery.KindCatalog", throwOnError: true)!;
        var all = (IEnumerable)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        foreach (var kind in all)
        {
            var type = kind.GetType();
            var plural = (string)type.GetProperty("Plural")!.GetValue(kind)!;
            var candidates = ((IEnumerable)type.GetProperty("Candidates")!.GetValue(kind)!).Cast<(string Group, string Version)>();
            yield return ([.. candidates.Select(c => c.Group).Distinct()], plural);
        }
    }
}
