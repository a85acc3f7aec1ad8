using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Testing.Peers;

/// <summary>
/// One throwaway CA for a test run and the server certificates it signs, written as PEM files that
/// OpenSSL-based peers (postgres, redis, mosquitto) and clients (psql sslrootcert, redis-cli --cacert) read.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _ca;
    private readonly string _directory;

    public TestCertificateAuthority(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TcpRouting end-to-end test CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        _ca = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        CaPath = Path.Combine(directory, "ca.crt");
        File.WriteAllText(CaPath, _ca.ExportCertificatePem() + "\n");
    }

    /// <summary>The CA certificate (PEM) clients trust.</summary>
    public string CaPath { get; }

    /// <summary>Issues a server certificate whose SANs are <paramref name="dnsNames"/> plus 127.0.0.1.</summary>
    public ServerCertificate Issue(string name, params string[] dnsNames)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={dnsNames[0]}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var dns in dnsNames)
        {
            san.AddDnsName(dns);
        }

        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7f;
        using var certificate = request.Create(_ca, now.AddDays(-1), now.AddDays(29), serial);
        var certPem = certificate.ExportCertificatePem() + "\n";
        var keyPem = key.ExportPkcs8PrivateKeyPem() + "\n";
        var certPath = Path.Combine(_directory, name + ".crt");
        var keyPath = Path.Combine(_directory, name + ".key");
        File.WriteAllText(certPath, certPem);
        File.WriteAllText(keyPath, keyPem);
        Posix.MakeOwnerOnly(keyPath);
        return new ServerCertificate(certPath, keyPath, certPem, keyPem);
    }

    public void Dispose() => _ca.Dispose();
}
