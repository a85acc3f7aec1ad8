using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Operator.Crds;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>The CRDs we generate: structural, named as upstream, with status and columns where we write status.</summary>
public sealed class CrdCatalogTests
{
    public static TheoryData<string> Names() => [.. CrdCatalog.All.Select(c => c.Name)];

    private static CrdDefinition Find(string name) => CrdCatalog.All.Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_crd_is_structural_with_one_storage_version(string name)
    {
        var crd = CrdBuilder.Build(Find(name));

        crd["metadata"]!["name"]!.GetValue<string>().Should().Be(name);
        var versions = crd["spec"]!["versions"]!.AsArray();
        versions.Count(v => v!["storage"]!.GetValue<bool>()).Should().Be(1);
        foreach (var version in versions)
        {
            StructuralRules.Violations((JsonObject)version!["schema"]!["openAPIV3Schema"]!, $"{name}/{version["name"]}").Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("traefik.io", "IngressRouteTCP")]
    [InlineData("traefik.io", "MiddlewareTCP")]
    [InlineData("traefik.io", "TLSOption")]
    [InlineData("traefik.io", "ServersTransportTCP")]
    [InlineData("configuration.konghq.com", "TCPIngress")]
    public void Kinds_we_write_status_for_have_the_subresource_conditions_and_a_ready_column(string group, string kind)
    {
        var version = CrdBuilder.Build(CrdCatalog.Find(group, kind))["spec"]!["versions"]![0]!;

        version["subresources"]!["status"].Should().NotBeNull();
        var conditions = version["schema"]!["openAPIV3Schema"]!["properties"]!["status"]!["properties"]!["conditions"]!["items"]!;
        conditions["required"]!.AsArray().Select(r => (string?)r).Should().Contain(["type", "status", "reason", "message", "lastTransitionTime"]);
        conditions["properties"]!["status"]!["enum"]!.AsArray().Select(v => (string?)v).Should().Equal("True", "False", "Unknown");
        version["additionalPrinterColumns"]!.AsArray().Select(c => (string?)c!["name"]).Should().Contain(["Ready", "Age"]);
    }

    [Fact]
    public void Ingress_routes_list_their_entry_points_and_the_legacy_group_is_served_with_a_warning()
    {
        var current = CrdBuilder.Build(CrdCatalog.Find(CrdGroups.Traefik, "IngressRouteTCP"));
        var legacy = CrdBuilder.Build(CrdCatalog.Find(CrdGroups.TraefikLegacy, "IngressRouteTCP"));

        current["spec"]!["versions"]![0]!["additionalPrinterColumns"]!.AsArray().Should().Contain(c => (string?)c!["jsonPath"] == ".spec.entryPoints");
        legacy["spec"]!["versions"]![0]!["deprecated"]!.GetValue<bool>().Should().BeTrue();
        legacy["spec"]!["versions"]![0]!["schema"]!.ToJsonString().Should().Be(current["spec"]!["versions"]![0]!["schema"]!.ToJsonString());
    }

    [Fact]
    public void The_catalog_covers_every_kind_of_every_family()
    {
        CrdCatalog.All.Select(c => $"{c.Kind}.{c.Group}").Should().BeEquivalentTo(
        [
            "IngressRouteTCP.traefik.io", "MiddlewareTCP.traefik.io", "TLSOption.traefik.io", "TLSStore.traefik.io", "ServersTransportTCP.traefik.io",
            "IngressRouteTCP.traefik.containo.us", "MiddlewareTCP.traefik.containo.us", "TLSOption.traefik.containo.us", "TLSStore.traefik.containo.us",
            "TCPIngress.configuration.konghq.com", "AgentEndpoint.ngrok.k8s.ngrok.com",
        ]);
    }
}
