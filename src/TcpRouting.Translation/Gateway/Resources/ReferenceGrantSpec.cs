using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io ReferenceGrant spec: lets objects in other namespaces refer to objects in this one.</summary>
public sealed class ReferenceGrantSpec
{
    [Description("Who may refer into this namespace, by group, kind and namespace.")]
    [Required]
    public IReadOnlyList<ReferenceGrantFrom> From { get; init; } = [];

    [Description("What in this namespace they may refer to, by group, kind and optionally name.")]
    [Required]
    public IReadOnlyList<ReferenceGrantTo> To { get; init; } = [];
}
