using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A CA bundle held in a Secret or a ConfigMap.</summary>
public sealed class RootCaReference
{
    [Description("Secret is the name of the referenced Kubernetes Secret containing the CA.")]
    public string? Secret { get; set; }

    [Description("ConfigMap is the name of the referenced Kubernetes ConfigMap containing the CA.")]
    public string? ConfigMap { get; set; }
}
