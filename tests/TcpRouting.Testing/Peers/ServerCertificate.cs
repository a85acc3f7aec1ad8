namespace TcpRouting.Testing.Peers;

/// <summary>A server certificate and its private key, as PEM files and as text (for kubernetes.io/tls Secrets).</summary>
public sealed record ServerCertificate(string CertPath, string KeyPath, string CertPem, string KeyPem);
