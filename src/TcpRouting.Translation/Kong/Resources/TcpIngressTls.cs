using System.ComponentModel;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>A TCPIngress tls entry: which hosts a Secret's certificate serves.</summary>
public sealed class TcpIngressTls
{
    [Description("Hosts this certificate is served for.")]
    public IReadOnlyList<string>? Hosts { get; init; }

    [Description("kubernetes.io/tls Secret in the TCPIngress's namespace.")]
    public string SecretName { get; init; } = string.Empty;
}
