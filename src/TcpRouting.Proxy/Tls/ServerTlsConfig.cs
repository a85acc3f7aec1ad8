using System.Collections.Frozen;
using System.Net.Security;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// TLS termination for one route: the server options to use for each SNI, built once per table. A
/// certificate is chosen by its DNS names (exact, then a wildcard for one label, RFC 6125 section
/// 6.4.3), else the default certificate, else the self-signed one; with sniStrict, no match means no TLS.
/// </summary>
internal sealed class ServerTlsConfig
{
    private readonly FrozenDictionary<string, SslServerAuthenticationOptions> _exact;
    private readonly FrozenDictionary<string, SslServerAuthenticationOptions> _wildcard;
    private readonly SslServerAuthenticationOptions? _fallback;

    private ServerTlsConfig(
        FrozenDictionary<string, SslServerAuthenticationOptions> exact,
        FrozenDictionary<string, SslServerAuthenticationOptions> wildcard,
        SslServerAuthenticationOptions? fallback)
    {
        _exact = exact;
        _wildcard = wildcard;
        _fallback = fallback;
    }

    /// <summary>Server options for <paramref name="sni"/>; null when sniStrict refuses it.</summary>
    public SslServerAuthenticationOptions? Select(string? sni)
    {
        if (sni is not null)
        {
            if (_exact.TryGetValue(sni, out var exact))
            {
                return exact;
            }

            var dot = sni.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && _wildcard.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(sni.AsSpan(dot + 1), out var wildcard))
            {
                return wildcard;
            }
        }

        return _fallback;
    }

    public static ServerTlsConfig Build(TlsTermination termination, CertificateCache cache, SslStreamCertificateContext selfSigned, ILogger logger)
    {
        var tls = termination.Options;
        var policy = new ClientCertificatePolicy(tls.ClientAuth, cache.GetBundle(tls.ClientCaPems));
        var cipherSuites = CipherSuites.Policy(tls, logger);
        var protocols = TlsProtocols.From(tls.MinVersion, tls.MaxVersion);
        var alpn = tls.AlpnProtocols.Select(p => new SslApplicationProtocol(p)).ToList();
        SslServerAuthenticationOptions Options(SslStreamCertificateContext context) => new()
        {
            ServerCertificateContext = context,
            EnabledSslProtocols = protocols,
            CipherSuitesPolicy = cipherSuites,
            ApplicationProtocols = alpn.Count > 0 ? alpn : null,
            ClientCertificateRequired = policy.RequestsCertificate,
            RemoteCertificateValidationCallback = policy.Validate,
            CertificateChainPolicy = OfflineChainPolicy.Create(),
        };

        var exact = new Dictionary<string, SslServerAuthenticationOptions>(StringComparer.OrdinalIgnoreCase);
        var wildcard = new Dictionary<string, SslServerAuthenticationOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var certificate in termination.Certificates)
        {
            if (cache.Get(certificate) is not { } context)
            {
                continue;
            }

            var options = Options(context);
            foreach (var name in certificate.DnsNames)
            {
                if (name.StartsWith("*.", StringComparison.Ordinal))
                {
                    wildcard.TryAdd(name[2..], options);
                }
                else
                {
                    exact.TryAdd(name, options);
                }
            }
        }

        SslServerAuthenticationOptions? fallback = null;
        if (!tls.SniStrict)
        {
            var defaultContext = termination.DefaultCertificate is { } d ? cache.Get(d) : null;
            fallback = Options(defaultContext ?? selfSigned);
        }

        return new ServerTlsConfig(
            exact.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            wildcard.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            fallback);
    }
}
