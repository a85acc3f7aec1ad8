using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Tests.Packaging.Samples;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>The C# type to structural schema translation, on sample types with every shape the real ones use.</summary>
public sealed class CrdGeneratorTests
{
    private static readonly JsonObject Schema = StructuralSchemaExporter.Export(typeof(SampleSpec));

    private static JsonNode Property(string name) => Schema["properties"]![name]!;

    [Fact]
    public void Objects_are_typed_with_required_fields_and_descriptions()
    {
        Schema["type"]!.GetValue<string>().Should().Be("object");
        Schema["nullable"].Should().BeNull("the root of a spec is never null");
        Schema["description"]!.GetValue<string>().Should().Be("A sample spec.");
        Schema["required"]!.AsArray().Select(r => (string?)r).Should().Equal("name");
        Property("name")["description"]!.GetValue<string>().Should().Be("A required name.");
        Property("enabled")["type"]!.GetValue<string>().Should().Be("boolean");
    }

    [Fact]
    public void Optional_fields_are_nullable_instead_of_a_type_union()
    {
        Property("entryPoints")["type"]!.GetValue<string>().Should().Be("array");
        Property("entryPoints")["nullable"]!.GetValue<bool>().Should().BeTrue();
        Property("entryPoints")["items"]!["type"]!.GetValue<string>().Should().Be("string");
        Property("weight")["type"]!.GetValue<string>().Should().Be("integer");
        Property("weight")["format"]!.GetValue<string>().Should().Be("int32");
    }

    [Fact]
    public void Attributes_become_defaults_and_bounds()
    {
        Property("weight")["default"]!.GetValue<int>().Should().Be(1);
        Property("weight")["minimum"]!.GetValue<long>().Should().Be(0);
        Property("weight")["maximum"]!.GetValue<long>().Should().Be(1000);
        Property("primary")["properties"]!["host"]!["minLength"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Kubernetes_shapes_use_their_extensions()
    {
        Property("port")["x-kubernetes-int-or-string"]!.GetValue<bool>().Should().BeTrue();
        Property("port")["type"].Should().BeNull("int-or-string fields carry no type");
        Property("mode")["enum"]!.AsArray().Select(v => (string?)v).Should().Equal("Terminate", "Passthrough");
        Property("labels")["additionalProperties"]!["type"]!.GetValue<string>().Should().Be("string");
        Property("policy")["x-kubernetes-preserve-unknown-fields"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public void Repeated_types_are_inlined_and_no_union_or_reference_is_left()
    {
        Property("others")["items"]!["properties"]!["host"]!["type"]!.GetValue<string>().Should().Be("string");
        Property("primary")["properties"]!["amount"]!["format"]!.GetValue<string>().Should().Be("int64");
        StructuralRules.Violations(Schema).Should().BeEmpty();
    }

    [Fact]
    public void A_recursive_type_is_refused_with_a_reason()
    {
        var export = () => StructuralSchemaExporter.Export(typeof(SampleNode));

        export.Should().Throw<InvalidOperationException>().WithMessage("*recursive*");
    }
}
