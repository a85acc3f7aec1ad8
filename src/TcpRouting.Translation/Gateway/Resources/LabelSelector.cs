using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>Kubernetes metav1.LabelSelector: every matchLabels pair and every expression must hold.</summary>
public sealed class LabelSelector
{
    [Description("Label keys and the exact values they must have.")]
    public IReadOnlyDictionary<string, string>? MatchLabels { get; init; }

    [Description("Further conditions on labels (In, NotIn, Exists, DoesNotExist); all must hold.")]
    public IReadOnlyList<LabelSelectorRequirement>? MatchExpressions { get; init; }
}
