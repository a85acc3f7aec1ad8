using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Proxy.Health;

/// <summary>Client TLS options of a health check: the system store, given roots, or no verification when asked.</summary>
internal static class HealthTlsOptions
{
    public static SslClientAuthenticationOptions Create(HealthCheckTls tls, string endpointHost)
    {
        var options = new SslClientAuthenticationOptions { TargetHost = tls.ServerName ?? endpointHost };
        if (tls.InsecureSkipVerify)
        {
            options.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }
        else if (tls.RootCasPem.Length > 0)
        {
            var policy = Tls.OfflineChainPolicy.Create();
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.ImportFromPem(tls.RootCasPem);
            options.CertificateChainPolicy = policy;
        }

        return options;
    }
}
