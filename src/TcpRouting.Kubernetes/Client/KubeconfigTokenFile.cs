using k8s.KubeConfigModels;
using YamlDotNet.RepresentationModel;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// A user's `tokenFile`, which KubernetesClient's kubeconfig model does not read (it has `token` only). As
/// client-go does (clientcmd AuthInfo.TokenFile), the file wins over a `token` beside it and is read again as it
/// changes (KubernetesClient's TokenFileAuth, every minute), so a rotated token keeps working.
/// </summary>
internal static class KubeconfigTokenFile
{
    /// <summary>
    /// Gives the context's user, when its first definition in <paramref name="paths"/> names a tokenFile, the token
    /// now in that file (so the library sees credentials), and returns the file's absolute path; else null.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read: named with its user.</exception>
    public static string? Apply(K8SConfiguration merged, string? contextName, IReadOnlyList<string> paths)
    {
        var userName = merged.Contexts?.FirstOrDefault(c => c.Name == contextName)?.ContextDetails?.User;
        var user = merged.Users?.FirstOrDefault(u => u.Name == userName);
        if (user is null || Find(paths, user.Name) is not { } path)
        {
            return null;
        }

        try
        {
            user.UserCredentials ??= new UserCredentials();
            user.UserCredentials.Token = File.ReadAllText(path).Trim();
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"user \"{user.Name}\" tokenFile {path}: {e.Message}", e);
        }
    }

    /// <summary>The user's tokenFile in its first definition (kubectl's merge), absolute against the file that names it.</summary>
    private static string? Find(IReadOnlyList<string> paths, string userName)
    {
        foreach (var file in paths)
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var users = yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue("users", out var u) && u is YamlSequenceNode list ? list : null;
            foreach (var entry in (users?.Children ?? []).OfType<YamlMappingNode>())
            {
                if (Scalar(entry, "name") != userName)
                {
                    continue;
                }

                var tokenFile = entry.Children.TryGetValue("user", out var details) && details is YamlMappingNode credentials ? Scalar(credentials, "tokenFile") : null;
                return string.IsNullOrEmpty(tokenFile) ? null : Path.GetFullPath(tokenFile, Path.GetDirectoryName(Path.GetFullPath(file))!);
            }
        }

        return null;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
