using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Kubernetes.Client;

/// <summary>The HTTP handler for a <see cref="KubeClientConfig"/>: the cluster's CA as the only trust root, the client certificate.</summary>
internal static class KubeHttpHandlerFactory
{
    public static SocketsHttpHandler Create(KubeClientConfig config)
    {
        var ssl = new SslClientAuthenticationOptions();
        if (config.ClientCertificate is not null)
        {
            ssl.ClientCertificates = [config.ClientCertificate];
        }

        if (config.InsecureSkipTlsVerify)
        {
            ssl.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        else if (config.CertificateAuthority is { Count: > 0 } roots)
        {
            ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) => Validate(roots, certificate, errors);
        }

        return new SocketsHttpHandler
        {
            SslOptions = ssl,
            // Watches are long-lived; new connections pick up DNS and endpoint changes of the API server.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = System.Net.DecompressionMethods.GZip,
        };
    }

    /// <summary>Chains the server certificate to the cluster CA alone (not the system store); the name must match.</summary>
    private static bool Validate(X509Certificate2Collection roots, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
