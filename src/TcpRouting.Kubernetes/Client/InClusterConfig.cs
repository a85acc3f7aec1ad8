using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// The service account a pod runs as: KUBERNETES_SERVICE_HOST/PORT and the files kubelet mounts
/// (https://kubernetes.io/docs/tasks/run-application/access-api-from-pod/). The token is re-read on rotation.
/// </summary>
public static class InClusterConfig
{
    public const string DefaultDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static bool IsAvailable(string directory = DefaultDirectory) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"))
        && File.Exists(Path.Combine(directory, "token"));

    public static KubeClientConfig Load(string directory = DefaultDirectory)
    {
        var host = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST");
        var port = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
        {
            throw new KubeconfigException("in-cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set");
        }

        var tokenFile = Path.Combine(directory, "token");
        if (!File.Exists(tokenFile))
        {
            throw new KubeconfigException($"in-cluster: service account token {tokenFile} not found (automountServiceAccountToken: false?)");
        }

        var caFile = Path.Combine(directory, "ca.crt");
        X509Certificate2Collection? ca = null;
        if (File.Exists(caFile))
        {
            ca = [];
            ca.ImportFromPemFile(caFile);
        }

        var nsFile = Path.Combine(directory, "namespace");
        var ns = File.Exists(nsFile) ? File.ReadAllText(nsFile).Trim() : "default";
        // An IPv6 service host needs brackets in a URL.
        var hostPart = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        return new KubeClientConfig(new Uri($"https://{hostPart}:{port}"), ca, TokenFile: tokenFile, Namespace: ns, Source: "in-cluster");
    }
}
