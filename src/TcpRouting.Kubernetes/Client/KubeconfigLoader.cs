using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// Reads kubeconfig files into a <see cref="KubeClientConfig"/>. With several files (KUBECONFIG=a:b) the
/// first file that sets current-context wins and the first definition of each named cluster, context and
/// user wins, as kubectl merges them; relative paths are resolved against the file that names them.
/// Exec and auth-provider plugins are not run: a user needs a token, token file or client certificate.
/// </summary>
public static class KubeconfigLoader
{
    public static KubeClientConfig Load(IEnumerable<string> paths, string? context = null)
    {
        var files = new List<KubeconfigFile>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new KubeconfigException($"kubeconfig {path}: file not found");
            }

            files.Add(KubeconfigFile.Parse(path, File.ReadAllText(path)));
        }

        return FromFiles(files, context);
    }

    /// <summary>Reads one kubeconfig given as text; <paramref name="path"/> names it in messages and anchors relative paths.</summary>
    public static KubeClientConfig Parse(string yaml, string path, string? context = null) =>
        FromFiles([KubeconfigFile.Parse(path, yaml)], context);

    private static KubeClientConfig FromFiles(IReadOnlyList<KubeconfigFile> files, string? context)
    {
        var names = string.Join(", ", files.Select(f => f.Path));
        var contextName = context ?? files.Select(f => f.CurrentContext).FirstOrDefault(c => c is not null)
            ?? throw new KubeconfigException($"kubeconfig {names}: current-context is not set and no context was given");
        var (ctx, _) = Find(files, f => f.Contexts, contextName)
            ?? throw new KubeconfigException($"kubeconfig {names}: context \"{contextName}\" not found");
        var where = $"kubeconfig {names} context \"{contextName}\"";
        var clusterName = KubeconfigFile.Scalar(ctx, "cluster") ?? throw new KubeconfigException($"{where}: context.cluster is missing");
        var (cluster, clusterFile) = Find(files, f => f.Clusters, clusterName)
            ?? throw new KubeconfigException($"{where}: cluster \"{clusterName}\" not found");
        var server = KubeconfigFile.Scalar(cluster, "server") ?? throw new KubeconfigException($"{where}: clusters[{clusterName}].cluster.server is missing");
        if (!Uri.TryCreate(server, UriKind.Absolute, out var serverUri) || (serverUri.Scheme != "https" && serverUri.Scheme != "http"))
        {
            throw new KubeconfigException($"{where}: clusters[{clusterName}].cluster.server \"{server}\" is not an http(s) URL");
        }

        var ca = Certificates(where, $"clusters[{clusterName}].cluster", cluster, "certificate-authority", clusterFile);
        var insecure = string.Equals(KubeconfigFile.Scalar(cluster, "insecure-skip-tls-verify"), "true", StringComparison.OrdinalIgnoreCase);

        string? token = null, tokenFile = null;
        X509Certificate2? clientCert = null;
        if (KubeconfigFile.Scalar(ctx, "user") is { } userName)
        {
            var (user, userFile) = Find(files, f => f.Users, userName)
                ?? throw new KubeconfigException($"{where}: user \"{userName}\" not found");
            var prefix = $"users[{userName}].user";
            token = KubeconfigFile.Scalar(user, "token");
            tokenFile = KubeconfigFile.Scalar(user, "tokenFile") is { } tf ? Resolve(userFile, tf) : null;
            clientCert = ClientCertificate(where, prefix, user, userFile);
            if (token is null && tokenFile is null && clientCert is null)
            {
                var plugin = user.ContainsKey("exec") ? "exec" : user.ContainsKey("auth-provider") ? "auth-provider" : null;
                throw new KubeconfigException(plugin is null
                    ? $"{where}: {prefix} has no token, tokenFile or client-certificate"
                    : $"{where}: {prefix}.{plugin} plugins are not supported; give the user a token (kubectl create token), a tokenFile or a client certificate");
            }
        }

        return new KubeClientConfig(
            serverUri,
            ca,
            clientCert,
            token,
            tokenFile,
            insecure,
            KubeconfigFile.Scalar(ctx, "namespace") ?? "default",
            where);
    }

    private static (IReadOnlyDictionary<object, object?> Body, KubeconfigFile File)? Find(
        IReadOnlyList<KubeconfigFile> files, Func<KubeconfigFile, IReadOnlyDictionary<string, IReadOnlyDictionary<object, object?>>> map, string name)
    {
        foreach (var file in files)
        {
            if (map(file).TryGetValue(name, out var body))
            {
                return (body, file);
            }
        }

        return null;
    }

    private static X509Certificate2Collection? Certificates(string where, string prefix, IReadOnlyDictionary<object, object?> map, string field, KubeconfigFile file)
    {
        var pem = Pem(where, prefix, map, field, file);
        if (pem is null)
        {
            return null;
        }

        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new KubeconfigException($"{where}: {prefix}.{field}: not a PEM certificate ({e.Message})", e);
        }

        return collection.Count > 0 ? collection : throw new KubeconfigException($"{where}: {prefix}.{field}: no certificate in it");
    }

    private static X509Certificate2? ClientCertificate(string where, string prefix, IReadOnlyDictionary<object, object?> user, KubeconfigFile file)
    {
        var cert = Pem(where, prefix, user, "client-certificate", file);
        var key = Pem(where, prefix, user, "client-key", file);
        if (cert is null && key is null)
        {
            return null;
        }

        if (cert is null || key is null)
        {
            throw new KubeconfigException($"{where}: {prefix} has {(cert is null ? "client-key but no client-certificate" : "client-certificate but no client-key")}");
        }

        try
        {
            return X509Certificate2.CreateFromPem(cert, key);
        }
        catch (CryptographicException e)
        {
            throw new KubeconfigException($"{where}: {prefix}: client-certificate and client-key are not a matching PEM pair ({e.Message})", e);
        }
    }

    /// <summary>The PEM text of <c>field-data</c> (base64) or <c>field</c> (a file path).</summary>
    private static string? Pem(string where, string prefix, IReadOnlyDictionary<object, object?> map, string field, KubeconfigFile file)
    {
        if (KubeconfigFile.Scalar(map, field + "-data") is { } data)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(data));
            }
            catch (FormatException e)
            {
                throw new KubeconfigException($"{where}: {prefix}.{field}-data is not base64", e);
            }
        }

        if (KubeconfigFile.Scalar(map, field) is { } path)
        {
            var full = Resolve(file, path);
            return File.Exists(full) ? File.ReadAllText(full) : throw new KubeconfigException($"{where}: {prefix}.{field}: file {full} not found");
        }

        return null;
    }

    private static string Resolve(KubeconfigFile file, string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(file.Directory, path));
}
