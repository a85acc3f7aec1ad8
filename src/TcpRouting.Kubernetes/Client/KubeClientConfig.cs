using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Kubernetes.Client;

/// <summary>Where the API server is and how to authenticate: the result of reading a kubeconfig or the in-cluster files.</summary>
/// <param name="Server">e.g. https://10.0.0.1:443.</param>
/// <param name="CertificateAuthority">Roots to trust for the server; null means the system store.</param>
/// <param name="ClientCertificate">A client certificate with its private key (kind, minikube).</param>
/// <param name="Token">A bearer token (EKS/GKE tokens pasted into a kubeconfig).</param>
/// <param name="TokenFile">A bearer token file, re-read when it changes (service account token rotation).</param>
/// <param name="Namespace">The context's namespace, "default" when none is set.</param>
/// <param name="Source">Where this came from, for messages ("kubeconfig /x context kind-kind", "in-cluster").</param>
public sealed record KubeClientConfig(
    Uri Server,
    X509Certificate2Collection? CertificateAuthority = null,
    X509Certificate2? ClientCertificate = null,
    string? Token = null,
    string? TokenFile = null,
    bool InsecureSkipTlsVerify = false,
    string Namespace = "default",
    string Source = "")
{
    /// <summary>
    /// The usual search: an explicit kubeconfig path, then KUBECONFIG (several files, merged), then the
    /// in-cluster service account, then ~/.kube/config.
    /// </summary>
    public static KubeClientConfig Resolve(string? kubeconfig = null, string? context = null)
    {
        if (!string.IsNullOrEmpty(kubeconfig))
        {
            return KubeconfigLoader.Load([kubeconfig], context);
        }

        var env = Environment.GetEnvironmentVariable("KUBECONFIG");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return KubeconfigLoader.Load(env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), context);
        }

        if (InClusterConfig.IsAvailable())
        {
            return InClusterConfig.Load();
        }

        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
        if (File.Exists(home))
        {
            return KubeconfigLoader.Load([home], context);
        }

        throw new KubeconfigException(
            "no cluster configuration: pass --kubeconfig, set KUBECONFIG, run in a pod with a service account, or create ~/.kube/config");
    }
}
