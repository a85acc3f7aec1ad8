using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A reference to an object by name, in the same namespace unless Namespace is set.</summary>
public sealed class ObjectReference
{
    [Description("Name of the object referred to.")]
    [Required]
    public string? Name { get; set; }

    [Description("Its namespace; the referring object's namespace when omitted.")]
    public string? Namespace { get; set; }
}
