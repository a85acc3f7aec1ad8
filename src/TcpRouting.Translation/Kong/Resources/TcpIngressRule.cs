using System.ComponentModel;

namespace TcpRouting.Translation.Kong.Resources;

/// <summary>A TCPIngress rule: a port, optionally an SNI host, and the Service it forwards to.</summary>
public sealed class TcpIngressRule
{
    [Description("SNI host; when set, TLS is terminated on the port with the certificate from the tls entry naming it.")]
    public string? Host { get; init; }

    [Description("The port connections arrive on (a stream listener of the proxy).")]
    public int Port { get; init; }

    [Description("The Service that receives the connections.")]
    public TcpIngressBackend Backend { get; init; } = new();
}
