using k8s;
using k8s.Authentication;
using k8s.KubeConfigModels;
using LibraryConfigException = k8s.Exceptions.KubeConfigException;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// Where the API server is and how to authenticate, read by KubernetesClient (tokens, client certificates,
/// exec credential plugins, in-cluster service account with token rotation). Ours is only a user's tokenFile
/// (KubeconfigTokenFile: the library's model drops it), the search order and
/// the merge of several KUBECONFIG files, where the first definition of each cluster, context and user wins
/// and relative paths stay relative to the file that names them, as kubectl merges
/// (https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/#merging-kubeconfig-files).
/// </summary>
public static class KubeConfigResolver
{
    /// <summary>
    /// An explicit kubeconfig path, then KUBECONFIG (several files, merged), then the in-cluster service
    /// account, then ~/.kube/config.
    /// </summary>
    public static KubernetesClientConfiguration Resolve(string? kubeconfig = null, string? context = null)
    {
        if (!string.IsNullOrEmpty(kubeconfig))
        {
            return FromFiles([kubeconfig], context);
        }

        var env = Environment.GetEnvironmentVariable("KUBECONFIG");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return FromFiles(env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), context);
        }

        if (KubernetesClientConfiguration.IsInCluster())
        {
            return Guard("in-cluster", null, KubernetesClientConfiguration.InClusterConfig);
        }

        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
        return File.Exists(home)
            ? FromFiles([home], context)
            : throw new KubeconfigException("no cluster configuration: pass --kubeconfig, set KUBECONFIG, run in a pod with a service account, or create ~/.kube/config");
    }

    /// <summary>The files merged, first definition winning; <paramref name="context"/> null means the first current-context set.</summary>
    public static KubernetesClientConfiguration FromFiles(IReadOnlyList<string> paths, string? context = null)
    {
        var where = $"kubeconfig {string.Join(", ", paths)}";
        var merged = Guard(where, null, () => Merge(paths));
        var contextName = context ?? merged.CurrentContext;
        where += contextName is null ? string.Empty : $" context \"{contextName}\"";
        return Guard(where, ExecPlugin(merged, contextName), () =>
        {
            var tokenFile = KubeconfigTokenFile.Apply(merged, contextName, paths);
            var config = KubernetesClientConfiguration.BuildConfigFromConfigObject(merged, contextName);
            if (tokenFile is not null)
            {
                config.TokenProvider = new TokenFileAuth(tokenFile);
            }

            // Watches stream for minutes; KubeApiClient gives each unary call its own deadline.
            config.HttpClientTimeout = Timeout.InfiniteTimeSpan;
            config.Namespace ??= "default";
            return config;
        });
    }

    private static K8SConfiguration Merge(IReadOnlyList<string> paths)
    {
        var files = paths.Select(p => Anchored(KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(p)))).ToList();
        var first = files[0];
        first.CurrentContext = files.Select(f => f.CurrentContext).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        first.Clusters = First(files.SelectMany(f => f.Clusters ?? []), c => c.Name);
        first.Contexts = First(files.SelectMany(f => f.Contexts ?? []), c => c.Name);
        first.Users = First(files.SelectMany(f => f.Users ?? []), u => u.Name);
        return first;
    }

    private static List<T> First<T>(IEnumerable<T> items, Func<T, string> name) => [.. items.DistinctBy(name, StringComparer.Ordinal)];

    /// <summary>Makes the file paths in one kubeconfig absolute against its own directory, so a merge keeps them right.</summary>
    private static K8SConfiguration Anchored(K8SConfiguration file)
    {
        var dir = Path.GetDirectoryName(file.FileName) ?? ".";
        string? Abs(string? p) => string.IsNullOrEmpty(p) || Path.IsPathRooted(p) ? p : Path.GetFullPath(Path.Combine(dir, p));
        foreach (var cluster in file.Clusters ?? [])
        {
            cluster.ClusterEndpoint?.CertificateAuthority = Abs(cluster.ClusterEndpoint.CertificateAuthority);
        }

        foreach (var user in (file.Users ?? []).Where(u => u.UserCredentials is not null))
        {
            user.UserCredentials.ClientCertificate = Abs(user.UserCredentials.ClientCertificate);
            user.UserCredentials.ClientKey = Abs(user.UserCredentials.ClientKey);
        }

        return file;
    }

    private static ExternalExecution? ExecPlugin(K8SConfiguration config, string? contextName)
    {
        var userName = config.Contexts?.FirstOrDefault(c => c.Name == contextName)?.ContextDetails?.User;
        return config.Users?.FirstOrDefault(u => u.Name == userName)?.UserCredentials?.ExternalExecution;
    }

    /// <summary>The library's configuration errors as ours, naming the files, the context and the exec plugin that failed.</summary>
    private static T Guard<T>(string where, ExternalExecution? plugin, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is LibraryConfigException or IOException or UnauthorizedAccessException or FormatException
            or System.Security.Cryptography.CryptographicException or YamlDotNet.Core.YamlException or ArgumentException)
        {
            var why = plugin is null ? e.Message : $"exec plugin \"{plugin.Command}\" failed: {ExecPluginDiagnosis.Describe(plugin) ?? e.Message}";
            throw new KubeconfigException($"{where}: {why}", e);
        }
    }
}
