using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Testing.Network;

/// <summary>
/// In-memory certificates for TLS tests, made with CertificateRequest: a CA, and leaves (server or
/// client) signed by it or self-signed. ECDSA P-256 keeps creation fast.
/// </summary>
public static class TestCertificates
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");

    public static TestCertificate CreateCa(string name = "TcpRouting test CA")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        return Load(certificate, key, []);
    }

    /// <summary>A leaf for <paramref name="dnsNames"/> (may hold "*.x"), signed by <paramref name="issuer"/> or self-signed.</summary>
    public static TestCertificate CreateLeaf(string[] dnsNames, TestCertificate? issuer = null, bool client = false, string? uri = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={(dnsNames.Length > 0 ? dnsNames[0] : "client")}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            san.AddDnsName(name);
        }

        if (uri is not null)
        {
            san.AddUri(new Uri(uri));
        }

        if (dnsNames.Length > 0 || uri is not null)
        {
            request.CertificateExtensions.Add(san.Build());
        }

        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([client ? ClientAuth : ServerAuth], false));
        var now = DateTimeOffset.UtcNow;
        if (issuer is null)
        {
            using var self = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
            return Load(self, key, dnsNames);
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7f;
        using var signed = request.Create(issuer.Certificate, now.AddDays(-1), now.AddDays(29), serial);
        return Load(signed, key, dnsNames);
    }

    private static TestCertificate Load(X509Certificate2 certificate, ECDsa key, string[] dnsNames)
    {
        using var withKey = certificate.HasPrivateKey ? null : certificate.CopyWithPrivateKey(key);
        var source = withKey ?? certificate;
        // PKCS#12 round trip: a key usable by every platform's TLS stack.
        var loaded = X509CertificateLoader.LoadPkcs12(source.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
        return new TestCertificate(loaded, certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem(), dnsNames);
    }
}
