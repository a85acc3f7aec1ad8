using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A reference to an object by name, in the same namespace unless Namespace is set.</summary>
public sealed class ObjectReference
{
    [Description("Name of the referenced object.")]
    public string? Name { get; set; }

    [Description("Namespace of the referenced object; the referring object namespace by default.")]
    public string? Namespace { get; set; }
}
