using FluentAssertions;
using TcpRouting.Translation.Config;
using TcpRouting.Testing.Hostile;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests.Manifests;

/// <summary>Issue 12, findings 3 and 4: hostile YAML is refused with the limit named, never a crash or a blow-up.</summary>
public sealed class ManifestReaderLimitsTests
{
    private const string Header = HostileYaml.Header;

    [Theory]
    [InlineData(100_000)]
    [InlineData(65)]
    public void Deep_flow_nesting_is_refused_with_the_depth_limit_named(int depth)
    {
        // Before: YamlStream recursed once per level and overflowed the stack (exit 134) at 100,000.
        var yaml = HostileYaml.Deep(depth) + "---\n" + Header.Replace("hostile", "next", StringComparison.Ordinal);

        var result = ManifestReader.Read(yaml, "deep.yaml");

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("deep.yaml:4: ").And.Contain($"limit of {YamlLimits.MaxDepth} levels");
        result.Objects.Select(o => o.Name).Should().Equal("next");
    }

    [Fact]
    public void Deep_block_nesting_is_refused_with_the_depth_limit_named()
    {
        var yaml = Header + "data:\n" + string.Concat(Enumerable.Range(1, 1_000).Select(i => new string(' ', i) + "k:\n"));

        var result = ManifestReader.Read(yaml, "deep.yaml");

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain($"limit of {YamlLimits.MaxDepth} levels");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlLimits.MaxDepth - 2; // the object itself and its data field
        var yaml = HostileYaml.Deep(depth);

        ManifestReader.Read(yaml, "ok.yaml").Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_alias_bomb_is_refused_with_the_expansion_limit_named()
    {
        // 1 KB: nine levels of nine aliases expand to 9^9 (387 million) scalars. Before: OutOfMemoryException / 3.3 GB.
        var result = ManifestReader.Read(HostileYaml.AliasBomb(), "bomb.yaml");

        result.Objects.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain($"limit of {YamlLimits.MaxAliasExpansion} nodes");
    }

    [Fact]
    public void Ordinary_anchors_and_aliases_still_expand()
    {
        var result = ManifestReader.Read(Header + "x: &labels { app: db, tier: data }\ndata: { a: *labels, b: *labels }\n", "anchors.yaml");

        result.Errors.Should().BeEmpty();
        result.Objects.Single().Json.GetProperty("data").GetProperty("b").GetProperty("tier").GetString().Should().Be("data");
    }

    [Fact]
    public void A_self_referencing_alias_is_refused()
    {
        var result = ManifestReader.Read(Header + "data: &a [*a, *a]\n", "cycle.yaml");

        result.Objects.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("*a refers to no complete anchor");
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_and_the_next_one_read()
    {
        var big = Header + "data: { x: \"" + new string('x', YamlLimits.MaxDocumentChars) + "\" }\n";

        var result = ManifestReader.Read(big + "---\n" + Header.Replace("hostile", "small", StringComparison.Ordinal), "big.yaml");

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("big.yaml:1: ").And.Contain($"limit of {YamlLimits.MaxDocumentChars}");
        result.Objects.Select(o => o.Name).Should().Equal("small");
    }

    [Fact]
    public void The_static_config_has_the_same_limits()
    {
        StaticConfigParser.Parse("entryPoints: " + new string('[', 100_000), "config.yaml", out var deep);
        StaticConfigParser.Parse(HostileYaml.AliasBomb(), "config.yaml", out var bomb);

        deep.Should().ContainSingle().Which.Should().Contain($"limit of {YamlLimits.MaxDepth} levels");
        bomb.Should().ContainSingle().Which.Should().Contain($"limit of {YamlLimits.MaxAliasExpansion} nodes");
    }
}
