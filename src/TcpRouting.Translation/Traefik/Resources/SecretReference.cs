using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>A reference to a kubernetes.io/tls Secret in the same namespace.</summary>
public sealed class SecretReference
{
    [Description("A kubernetes.io/tls Secret in this namespace holding the certificate and key.")]
    [Required]
    public string? SecretName { get; set; }
}
