using System.Text.Json;
using FluentAssertions;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests.Manifests;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Reads_documents_with_their_lines_and_types_plain_scalars()
    {
        var result = ManifestReader.Read("""
            apiVersion: v1
            kind: Service
            metadata: { name: a }
            spec:
              ports: [{ port: 5432, name: "5433", enabled: true, ratio: 0.5, none: ~, quoted: 'true' }]
            ---
            # comment
            apiVersion: v1
            kind: Service
            metadata:
              name: b
              namespace: other
            ---
            """, "svc.yaml");

        result.Errors.Should().BeEmpty();
        result.Objects.Select(o => (o.Namespace, o.Name, o.Location!.Line)).Should().Equal(("default", "a", 1), ("other", "b", 8));
        var port = result.Objects[0].Json.GetProperty("spec").GetProperty("ports")[0];
        port.GetProperty("port").ValueKind.Should().Be(JsonValueKind.Number);
        port.GetProperty("name").GetString().Should().Be("5433");
        port.GetProperty("enabled").ValueKind.Should().Be(JsonValueKind.True);
        port.GetProperty("ratio").GetDouble().Should().Be(0.5);
        port.GetProperty("none").ValueKind.Should().Be(JsonValueKind.Null);
        port.GetProperty("quoted").GetString().Should().Be("true");
    }

    [Fact]
    public void Expands_kind_list_items()
    {
        var result = ManifestReader.Read("""
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Secret
                metadata: { name: s1 }
              - apiVersion: v1
                kind: Secret
                metadata: { name: s2 }
            """, "list.yaml");

        result.Objects.Select(o => (o.Name, o.Location!.Line)).Should().Equal(("s1", 4), ("s2", 7));
    }

    [Fact]
    public void Reports_broken_documents_with_file_and_line_and_keeps_the_others()
    {
        var result = ManifestReader.Read("""
            apiVersion: v1
            kind: Secret
            metadata: { name: good }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: [unclosed
            ---
            kind: Secret
            metadata: { name: noversion }
            ---
            - just a list
            """, "mixed.yaml");

        result.Objects.Select(o => o.Name).Should().Equal("good");
        result.Errors.Should().HaveCount(3);
        result.Errors[0].ToString().Should().StartWith("mixed.yaml:").And.Contain("invalid YAML");
        result.Errors[1].ToString().Should().Be("mixed.yaml:9: not a Kubernetes object: missing apiVersion");
        result.Errors[2].Location.Line.Should().Be(12);
        result.Errors[2].Message.Should().Contain("expected a mapping");
    }
}
