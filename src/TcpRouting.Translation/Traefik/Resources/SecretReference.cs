using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A reference to a kubernetes.io/tls Secret in the same namespace.</summary>
public sealed class SecretReference
{
    [Description("SecretName is the name of the referenced Kubernetes Secret to specify the certificate details.")]
    public string? SecretName { get; set; }
}
