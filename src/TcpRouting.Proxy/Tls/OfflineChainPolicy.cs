using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// How every certificate chain is built here: from what the peer presented and the configured roots only. The
/// platform's default would fetch missing intermediates from the URL a certificate names (its AIA caIssuers,
/// RFC 5280 section 4.2.2.1) and check revocation online, so a client's certificate could make the proxy issue
/// HTTP requests of the client's choosing and hold a thread for their timeout on every handshake.
/// </summary>
internal static class OfflineChainPolicy
{
    public static X509ChainPolicy Create() => new()
    {
        DisableCertificateDownloads = true,
        RevocationMode = X509RevocationMode.NoCheck,
    };
}
