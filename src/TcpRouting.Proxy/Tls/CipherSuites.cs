using System.Net.Security;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// TLSOption cipherSuites (IANA names, which are also TlsCipherSuite member names) as a
/// CipherSuitesPolicy, where the platform supports one (OpenSSL on Linux, macOS). As in Go's
/// crypto/tls, which Traefik follows, the list restricts TLS 1.2 and below; TLS 1.3 suites stay on.
/// </summary>
internal static class CipherSuites
{
    private static readonly TlsCipherSuite[] Tls13 =
    [
        TlsCipherSuite.TLS_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ];

    public static CipherSuitesPolicy? Policy(TlsOptions options, ILogger logger)
    {
        if (options.CipherSuites.IsDefaultOrEmpty || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return null;
        }

        var suites = new List<TlsCipherSuite>(Tls13);
        foreach (var name in options.CipherSuites)
        {
            if (Enum.TryParse<TlsCipherSuite>(name, ignoreCase: false, out var suite))
            {
                suites.Add(suite);
            }
            else
            {
                ProxyLog.UnknownCipherSuite(logger, options.Name, name);
            }
        }

        return new CipherSuitesPolicy(suites);
    }
}
