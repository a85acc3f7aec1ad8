using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// The certificate served when a terminating route has none (Traefik serves its generated default
/// certificate the same way). Created once per server start.
/// </summary>
internal static class SelfSignedCertificate
{
    public static SslStreamCertificateContext Create(TimeProvider time)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=TcpRouting default certificate", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("tcprouting.default.invalid");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = time.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        // Round-trip through PKCS#12 so the key is usable by every platform's TLS stack.
        var loaded = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
        return SslStreamCertificateContext.Create(loaded, additionalCertificates: null, offline: true);
    }
}
