using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Proxy.Tls;

/// <summary>Traefik clientAuth.clientAuthType (Go tls.ClientAuthType) as an SslStream validation callback.</summary>
internal sealed class ClientCertificatePolicy(ClientAuthType type, X509Certificate2Collection clientCas)
{
    public bool RequestsCertificate => type != ClientAuthType.NoClientCert;

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var leaf = certificate as X509Certificate2;
        return type switch
        {
            ClientAuthType.NoClientCert or ClientAuthType.RequestClientCert => true,
            ClientAuthType.RequireAnyClientCert => leaf is not null,
            ClientAuthType.VerifyClientCertIfGiven => leaf is null || Verify(leaf, chain),
            _ => leaf is not null && Verify(leaf, chain),
        };
    }

    private bool Verify(X509Certificate2 leaf, X509Chain? chain) =>
        clientCas.Count > 0 && CertificateChecks.ChainsTo(leaf, clientCas, chain);
}
