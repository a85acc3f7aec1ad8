using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// Parses each certificate PEM once and keeps the SslStreamCertificateContext (leaf, key and
/// intermediates, built offline) so handshakes never parse or build chains again; a context is shared
/// with later tables while it lives (<see cref="SharedCertificateContexts"/>), so TLS resumption survives swaps.
/// </summary>
internal sealed class CertificateCache(ILogger logger)
{
    private readonly Dictionary<(string Certificate, string Key), SslStreamCertificateContext?> _contexts = [];
    private readonly Dictionary<string, X509Certificate2Collection> _bundles = new(StringComparer.Ordinal);

    /// <summary>The context for <paramref name="certificate"/>, or null (logged) when its PEM is unusable.</summary>
    public SslStreamCertificateContext? Get(TlsCertificate certificate)
    {
        var key = (certificate.CertificatePem, certificate.PrivateKeyPem);
        if (_contexts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var context = SharedCertificateContexts.Find(certificate.CertificatePem, certificate.PrivateKeyPem);
        if (context is not null)
        {
            _contexts[key] = context; // the previous table's: its TLS sessions and tickets stay valid
            return context;
        }

        try
        {
            var leaf = X509Certificate2.CreateFromPem(certificate.CertificatePem, certificate.PrivateKeyPem);
            var all = new X509Certificate2Collection();
            all.ImportFromPem(certificate.CertificatePem);
            var intermediates = new X509Certificate2Collection();
            for (var i = 1; i < all.Count; i++)
            {
                intermediates.Add(all[i]);
            }

            context = SslStreamCertificateContext.Create(leaf, intermediates, offline: true);
            SharedCertificateContexts.Keep(certificate.CertificatePem, certificate.PrivateKeyPem, context);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            ProxyLog.CertificateInvalid(logger, certificate.Id, exception);
        }

        _contexts[key] = context;
        return context;
    }

    /// <summary>Trust anchors from PEM bundles (CA lists of TLS options and backend TLS), parsed once.</summary>
    public X509Certificate2Collection GetBundle(IEnumerable<string> pems)
    {
        var joined = string.Join('\n', pems);
        if (_bundles.TryGetValue(joined, out var cached))
        {
            return cached;
        }

        var bundle = new X509Certificate2Collection();
        try
        {
            bundle.ImportFromPem(joined);
        }
        catch (System.Security.Cryptography.CryptographicException exception)
        {
            ProxyLog.CertificateInvalid(logger, "CA bundle", exception);
        }

        _bundles[joined] = bundle;
        return bundle;
    }
}
