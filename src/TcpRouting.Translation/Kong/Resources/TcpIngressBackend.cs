using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>A TCPIngress backend: a Service of the TCPIngress's namespace and one of its ports.</summary>
public sealed class TcpIngressBackend
{
    [Description("Name of a Service in the TCPIngress's namespace.")]
    [Required]
    public string ServiceName { get; init; } = string.Empty;

    [Description("Port of that Service, by number.")]
    [Required]
    public int ServicePort { get; init; }
}
