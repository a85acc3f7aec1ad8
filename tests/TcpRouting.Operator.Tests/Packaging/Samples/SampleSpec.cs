using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using TcpRouting.Translation.Core;

namespace TcpRouting.Operator.Tests.Packaging.Samples;

/// <summary>A spec with every shape the generator must translate (the real types mix the same shapes).</summary>
[Description("A sample spec.")]
public sealed class SampleSpec
{
    [Description("Names of entry points.")]
    public IReadOnlyList<string>? EntryPoints { get; init; }

    [Description("A required name.")]
    public required string Name { get; init; }

    public IntOrString? Port { get; init; }

    [DefaultValue(1)]
    [Range(0, 1000)]
    public int? Weight { get; init; }

    public SampleMode? Mode { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public SampleItem? Primary { get; init; }

    public IReadOnlyList<SampleItem>? Others { get; init; }

    public JsonElement? Policy { get; init; }

    public bool Enabled { get; init; }
}
