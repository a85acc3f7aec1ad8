using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>The metadata fields translation reads; the rest stays in the raw object.</summary>
public sealed class ObjectMetadata
{
    [Description("Name of the object.")]
    public string? Name { get; set; }

    [Description("Namespace of the object.")]
    public string? Namespace { get; set; }
}
