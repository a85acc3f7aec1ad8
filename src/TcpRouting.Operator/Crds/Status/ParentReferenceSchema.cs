using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>ParentReference as echoed in route status.</summary>
internal sealed record ParentReferenceSchema
{
    [DefaultValue("gateway.networking.k8s.io")]
    [MaxLength(253)]
    public string? Group { get; init; }

    [DefaultValue("Gateway")]
    [MinLength(1)]
    [MaxLength(63)]
    public string? Kind { get; init; }

    [MinLength(1)]
    [MaxLength(63)]
    public string? Namespace { get; init; }

    [MinLength(1)]
    [MaxLength(253)]
    public required string Name { get; init; }

    [MinLength(1)]
    [MaxLength(253)]
    public string? SectionName { get; init; }

    [Range(1, 65535)]
    public int? Port { get; init; }
}
