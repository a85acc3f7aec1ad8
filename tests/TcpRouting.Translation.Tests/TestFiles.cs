using System.Runtime.CompilerServices;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests;

/// <summary>Paths into the test project's source folder (fixtures and test certificates are read from source, not copied).</summary>
internal static class TestFiles
{
    public static string ProjectDirectory { get; } = Here();

    public static string Read(string relative) => File.ReadAllText(Path.Combine(ProjectDirectory, relative));

    /// <summary>Objects from YAML; a reading error fails the test, so a typo in a test input is never silent.</summary>
    public static IReadOnlyList<KubeObject> Objects(string yaml)
    {
        var result = ManifestReader.Read(yaml, "test.yaml");
        if (!result.Errors.IsEmpty)
        {
            throw new InvalidOperationException(string.Join("\n", result.Errors));
        }

        return result.Objects;
    }

    public static string Base64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A kubernetes.io/tls Secret holding the committed test certificate (or the given PEMs).</summary>
    public static string TlsSecretYaml(string ns, string name, string certFile = "TestData/tls.crt", string keyFile = "TestData/tls.key") => $$"""
        apiVersion: v1
        kind: Secret
        metadata: { name: {{name}}, namespace: {{ns}} }
        type: kubernetes.io/tls
        data:
          tls.crt: {{Base64(Read(certFile))}}
          tls.key: {{Base64(Read(keyFile))}}
        """;

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
