using FluentAssertions;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests.Manifests;

/// <summary>
/// Fuzzing (issue 12): reproducers found by the `manifest` target, kept in TestData/Fuzz. Each once escaped
/// ManifestReader as an exception; each must be one error naming the file and a line.
/// </summary>
public sealed class ManifestReaderFuzzFindingsTests
{
    [Theory]
    [InlineData("yamldotnet-invalid-operation.yaml")] // InvalidOperationException from ScanPlainScalar
    [InlineData("yamldotnet-argument-exception.yaml")] // ArgumentException "unsupported type"
    [InlineData("yamldotnet-no-more-tokens.yaml")] // InvalidOperationException "no more tokens"
    [InlineData("yamldotnet-global-tag-uri.yaml")] // ArgumentException "Global tags must be valid URIs"
    [InlineData("empty-collection-at-depth-64.yaml")] // JsonReaderException past the depth check
    public void A_fuzzing_reproducer_is_one_error_naming_file_and_line(string file)
    {
        var result = ManifestReader.Read(TestFiles.Read($"TestData/Fuzz/{file}"), file);

        result.Errors.Should().ContainSingle().Which.ToString().Should().MatchRegex($@"^{file.Replace(".", @"\.", StringComparison.Ordinal)}:[0-9]+: ");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    public void An_empty_collection_past_the_depth_limit_is_refused_and_one_at_the_limit_is_read(string empty)
    {
        // The object, the flow mappings and the empty collection: MaxDepth collections in all are read, one more is not.
        static string Yaml(int levels, string inner) =>
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: " + string.Concat(Enumerable.Repeat("{a: ", levels)) + inner + new string('}', levels) + "\n";

        var pastLimit = ManifestReader.Read(Yaml(YamlLimits.MaxDepth - 1, empty), "deep.yaml");
        var atLimit = ManifestReader.Read(Yaml(YamlLimits.MaxDepth - 2, empty), "deep.yaml");

        pastLimit.Errors.Should().ContainSingle().Which.Message.Should().Contain($"limit of {YamlLimits.MaxDepth} levels");
        atLimit.Errors.Should().BeEmpty();
        atLimit.Objects.Should().ContainSingle();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    public void An_alias_that_puts_an_empty_collection_past_the_depth_limit_is_refused(string empty)
    {
        // The event stream nests only 34 deep (an alias is one event), but expanded, the empty collection sits at
        // node depth 64: JSON level 65, which JsonDocument.Parse refused with an exception before the limits agreed.
        var yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n" +
            "  deep: &d " + string.Concat(Enumerable.Repeat("{a: ", 31)) + empty + new string('}', 31) + "\n" +
            "  more: " + string.Concat(Enumerable.Repeat("{a: ", 31)) + "*d" + new string('}', 31) + "\n";

        var result = ManifestReader.Read(yaml, "alias.yaml");

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("alias.yaml:").And.Contain($"limit of {YamlLimits.MaxDepth} levels");
    }
}
