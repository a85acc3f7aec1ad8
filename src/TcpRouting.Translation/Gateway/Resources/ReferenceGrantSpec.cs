using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>gateway.networking.k8s.io ReferenceGrant spec: lets objects in other namespaces refer to objects in this one.</summary>
public sealed class ReferenceGrantSpec
{
    [Description("The referring objects trusted (group, kind, namespace).")]
    public IReadOnlyList<ReferenceGrantFrom> From { get; init; } = [];

    [Description("The objects of this namespace they may refer to (group, kind, optional name).")]
    public IReadOnlyList<ReferenceGrantTo> To { get; init; } = [];
}
