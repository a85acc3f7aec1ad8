using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>One set-based label requirement.</summary>
public sealed class LabelSelectorRequirement
{
    [Description("Label key tested.")]
    [Required]
    public string Key { get; init; } = string.Empty;

    [Description("How the key is tested: In, NotIn, Exists or DoesNotExist.")]
    [Required]
    public string Operator { get; init; } = string.Empty;

    [Description("Values for In and NotIn; left empty for Exists and DoesNotExist.")]
    public IReadOnlyList<string>? Values { get; init; }
}
