using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>One set-based label requirement.</summary>
public sealed class LabelSelectorRequirement
{
    [Description("The label key.")]
    public string Key { get; init; } = string.Empty;

    [Description("In, NotIn, Exists or DoesNotExist.")]
    public string Operator { get; init; } = string.Empty;

    [Description("The values for In and NotIn.")]
    public IReadOnlyList<string>? Values { get; init; }
}
