using System.Text;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>A kubeconfig that points at a <see cref="FakeApiServer"/>, as kind writes one (CA data and a token).</summary>
public static class FakeKubeconfig
{
    /// <param name="credentials">The user's fields (e.g. "tokenFile: token"); by default the server's token.</param>
    public static string Yaml(FakeApiServer server, string @namespace = "default", IEnumerable<string>? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ca = server.CaPem is { } pem ? $"\n    certificate-authority-data: {Convert.ToBase64String(Encoding.UTF8.GetBytes(pem))}" : string.Empty;
        var user = string.Concat((credentials ?? [$"token: {server.Token ?? "unused"}"]).Select(c => $"\n    {c}"));
        return $"""
            apiVersion: v1
            kind: Config
            current-context: fake
            clusters:
            - name: fake
              cluster:
                server: {server.Url.ToString().TrimEnd('/')}{ca}
            contexts:
            - name: fake
              context:
                cluster: fake
                user: fake
                namespace: {@namespace}
            users:
            - name: fake
              user:{user}
            """;
    }

    /// <summary>Writes the kubeconfig to a new file in the temp directory and returns its path; the file goes when the
    /// server is disposed.</summary>
    public static string WriteFile(FakeApiServer server, string @namespace = "default")
    {
        ArgumentNullException.ThrowIfNull(server);
        var path = Path.Combine(Path.GetTempPath(), $"tcpr-kubeconfig-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Yaml(server, @namespace));
        server.Owns(path);
        return path;
    }
}
