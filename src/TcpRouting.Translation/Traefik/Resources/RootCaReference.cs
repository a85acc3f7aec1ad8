using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A CA bundle held in a Secret or a ConfigMap.</summary>
public sealed class RootCaReference
{
    [Description("A Secret in this namespace with the CA bundle (key tls.ca or ca.crt); wins over configMap.")]
    public string? Secret { get; set; }

    [Description("A ConfigMap in this namespace with the CA bundle (key tls.ca or ca.crt).")]
    public string? ConfigMap { get; set; }
}
