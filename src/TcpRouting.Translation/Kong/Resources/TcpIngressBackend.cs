using System.ComponentModel;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>A TCPIngress backend: a Service of the TCPIngress's namespace and one of its ports.</summary>
public sealed class TcpIngressBackend
{
    [Description("The Service name.")]
    public string ServiceName { get; init; } = string.Empty;

    [Description("The Service port number.")]
    public int ServicePort { get; init; }
}
