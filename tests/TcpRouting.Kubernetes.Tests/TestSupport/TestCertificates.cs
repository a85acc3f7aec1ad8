using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>A CA and a client certificate signed by it, in PEM, as kind and minikube write them.</summary>
internal sealed record TestCertificates(string CaPem, string ClientCertPem, string ClientKeyPem)
{
    public static TestCertificates Create()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=kubernetes", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var now = DateTimeOffset.UtcNow;
        using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var clientRequest = new CertificateRequest("CN=kubernetes-admin, O=system:masters", clientKey, HashAlgorithmName.SHA256);
        using var client = clientRequest.Create(ca, now.AddDays(-1), now.AddDays(30), [1, 2, 3, 4]);
        return new TestCertificates(ca.ExportCertificatePem(), client.ExportCertificatePem(), clientKey.ExportPkcs8PrivateKeyPem());
    }

    public static string B64(string pem) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(pem));
}
