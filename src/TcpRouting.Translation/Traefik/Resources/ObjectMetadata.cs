using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>The metadata fields translation reads; the rest stays in the raw object.</summary>
public sealed class ObjectMetadata
{
    [Description("The object name.")]
    public string? Name { get; set; }

    [Description("The object namespace.")]
    public string? Namespace { get; set; }
}
