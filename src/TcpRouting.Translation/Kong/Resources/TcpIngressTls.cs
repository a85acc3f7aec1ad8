using System.ComponentModel;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>A TCPIngress tls entry: which hosts a Secret's certificate serves.</summary>
public sealed class TcpIngressTls
{
    [Description("Host names served with this certificate.")]
    public IReadOnlyList<string>? Hosts { get; init; }

    [Description("A kubernetes.io/tls Secret in the TCPIngress's namespace.")]
    public string SecretName { get; init; } = string.Empty;
}
