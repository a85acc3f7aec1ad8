using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Testing.Network;

/// <summary>A certificate with its private key, loaded for SslStream and as PEM (kubernetes.io/tls data).</summary>
public sealed record TestCertificate(X509Certificate2 Certificate, string CertificatePem, string KeyPem, IReadOnlyList<string> DnsNames);
