using System.Text;
namespace TcpRouting.Testing.FakeApiServer;

/// <summary>Script exec credential plugins (no cloud needed) and a kubeconfig that runs one to reach a <see cref="FakeApiServer"/>.</summary>
public static class ExecPluginKubeconfig
{
    /// <summary>A script printing an ExecCredential (client.authentication.k8s.io/v1) with <paramref name="token"/>.</summary>
    public static string PrintingToken(string token, string? dir = null) => Script(dir ?? Path.GetTempPath(), $$$"""
        #!/bin/sh
        cat <<JSON
        {"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"{{{token}}}"}}
        JSON
        """);

    /// <summary>A script that says <paramref name="message"/> on stderr and exits with <paramref name="exitStatus"/>.</summary>
    public static string Failing(string dir, int exitStatus, string message) => Script(dir, $"""
        #!/bin/sh
        echo '{message}' >&2
        exit {exitStatus}
        """);

    public static string Write(FakeApiServer server, string dir, string plugin)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Write(server.Url.ToString().TrimEnd('/'), Convert.ToBase64String(Encoding.UTF8.GetBytes(server.CaPem!)), dir, plugin);
    }

    /// <summary>A kubeconfig for any API server (the real one of kube-env too): its URL and its CA as base64 PEM.</summary>
    public static string Write(string server, string caData, string dir, string plugin)
    {
        var path = Path.Combine(dir, $"exec-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            current-context: sso
            clusters:
            - name: eks
              cluster:
                server: {server}
                certificate-authority-data: {caData}
            contexts:
            - name: sso
              context: {"{"}cluster: eks, user: sso{"}"}
            users:
            - name: sso
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: {plugin}
                  interactiveMode: Never
            """);
        return path;
    }

    private static string Script(string dir, string text)
    {
        var path = Path.Combine(dir, $"plugin-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
