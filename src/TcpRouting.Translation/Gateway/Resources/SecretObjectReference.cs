using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A reference to a Secret (group "" and kind Secret by default).</summary>
public sealed class SecretObjectReference
{
    [Description("API group of the Secret; the core group (\"\") when omitted.")]
    public string? Group { get; init; }

    [Description("Kind of the object; Secret when omitted, and the only kind served.")]
    public string? Kind { get; init; }

    [Description("Name of the Secret.")]
    [Required]
    public string Name { get; init; } = string.Empty;

    [Description("Namespace of the Secret; the Gateway's when omitted. Another namespace needs a ReferenceGrant there.")]
    public string? Namespace { get; init; }
}
