using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>Kubernetes metav1.LabelSelector: every matchLabels pair and every expression must hold.</summary>
public sealed class LabelSelector
{
    [Description("Labels that must be present with these values.")]
    public IReadOnlyDictionary<string, string>? MatchLabels { get; init; }

    [Description("Set-based requirements (In, NotIn, Exists, DoesNotExist).")]
    public IReadOnlyList<LabelSelectorRequirement>? MatchExpressions { get; init; }
}
