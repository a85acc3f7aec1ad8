using FluentAssertions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class ClusterIndexTests
{
    private static readonly ClusterIndex Index = ClusterIndex.Build(TestFiles.Objects("""
        apiVersion: v1
        kind: Service
        metadata: { name: pg, namespace: db }
        ---
        apiVersion: v1
        kind: Namespace
        metadata: { name: db, labels: { team: data } }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-b, namespace: db, labels: { kubernetes.io/service-name: pg } }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: pg-a, namespace: db, labels: { kubernetes.io/service-name: pg } }
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: { name: other, namespace: db, labels: { kubernetes.io/service-name: other } }
        """));

    [Fact]
    public void Finds_core_objects_by_kind_namespace_and_name()
    {
        Index.Find("Service", "db", "pg").Should().NotBeNull();
        Index.Find("Service", "default", "pg").Should().BeNull();
        Index.Find("Secret", "db", "pg").Should().BeNull();
    }

    [Fact]
    public void Groups_endpoint_slices_by_service_label_in_name_order()
    {
        Index.EndpointSlicesOf("db", "pg").Select(s => s.Name).Should().Equal("pg-a", "pg-b");
        Index.EndpointSlicesOf("default", "pg").Should().BeEmpty();
    }

    [Fact]
    public void Reads_namespace_labels_with_the_metadata_name_label()
    {
        Index.NamespaceLabels("db").Should().Contain("team", "data").And.Contain("kubernetes.io/metadata.name", "db");
        Index.NamespaceLabels("unknown").Should().ContainSingle().Which.Value.Should().Be("unknown");
    }
}
