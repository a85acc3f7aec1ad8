using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A ReferenceGrant from[] entry.</summary>
public sealed class ReferenceGrantFrom
{
    [Description("API group of the referring objects, e.g. gateway.networking.k8s.io.")]
    [Required]
    public string Group { get; init; } = string.Empty;

    [Description("Kind of the referring objects, e.g. TCPRoute, TLSRoute or Gateway.")]
    [Required]
    public string Kind { get; init; } = string.Empty;

    [Description("Namespace the referring objects live in.")]
    [Required]
    public string Namespace { get; init; } = string.Empty;
}
