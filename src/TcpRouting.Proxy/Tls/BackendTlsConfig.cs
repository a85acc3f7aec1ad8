using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// TLS from the proxy to one backend (Traefik ServersTransportTCP.tls): trust anchors, client
/// certificate and checks are parsed once per table; only the per-endpoint target host is per connection.
/// </summary>
internal sealed class BackendTlsConfig
{
    private readonly BackendTls _tls;
    private readonly X509Certificate2Collection _roots;
    private readonly SslStreamCertificateContext? _clientCertificate;

    public BackendTlsConfig(BackendTls tls, CertificateCache cache)
    {
        _tls = tls;
        _roots = cache.GetBundle(tls.RootCaPems);
        _clientCertificate = tls.ClientCertificate is { } client ? cache.Get(client) : null;
    }

    public SslClientAuthenticationOptions CreateOptions(string endpointHost) => new()
    {
        TargetHost = _tls.ServerName ?? endpointHost,
        ClientCertificateContext = _clientCertificate,
        RemoteCertificateValidationCallback = Validate,
        CertificateChainPolicy = OfflineChainPolicy.Create(),
    };

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_tls.InsecureSkipVerify)
        {
            return true;
        }

        if (certificate is not X509Certificate2 leaf)
        {
            return false;
        }

        // With peerCertURI the URI SAN identifies the backend instead of its host name (as Traefik does).
        if (_tls.PeerCertUri is not null)
        {
            errors &= ~SslPolicyErrors.RemoteCertificateNameMismatch;
        }

        if (_roots.Count > 0)
        {
            if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None
                || !CertificateChecks.ChainsTo(leaf, _roots, chain))
            {
                return false;
            }
        }
        else if (errors != SslPolicyErrors.None)
        {
            return false;
        }

        return _tls.PeerCertUri is null || CertificateChecks.HasUriSan(leaf, _tls.PeerCertUri);
    }
}
