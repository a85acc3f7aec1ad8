using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A reference to a Secret (group "" and kind Secret by default).</summary>
public sealed class SecretObjectReference
{
    [Description("The API group of the referent; \"\" (core) by default.")]
    public string? Group { get; init; }

    [Description("The kind of the referent; Secret by default.")]
    public string? Kind { get; init; }

    [Description("The name of the referent.")]
    public string Name { get; init; } = string.Empty;

    [Description("The namespace of the referent; the Gateway's by default. Another namespace needs a ReferenceGrant.")]
    public string? Namespace { get; init; }
}
