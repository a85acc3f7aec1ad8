using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A ReferenceGrant to[] entry.</summary>
public sealed class ReferenceGrantTo
{
    [Description("API group of the objects; \"\" for core kinds such as Service and Secret.")]
    [Required]
    public string Group { get; init; } = string.Empty;

    [Description("Kind of the objects, e.g. Service or Secret.")]
    [Required]
    public string Kind { get; init; } = string.Empty;

    [Description("A single object's name; all objects of the kind when omitted.")]
    public string? Name { get; init; }
}
