using System.Runtime.CompilerServices;

namespace TcpRouting.Operator.Tests.Support;

/// <summary>
/// Paths in the repository. Found from this source file's own path, so they hold wherever the build output goes
/// (TCPR_ARTIFACTS puts it outside the repository).
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ExampleManifests => Path.Combine(Root, "examples", "manifests");

    public static string ExampleConfig => Path.Combine(Root, "examples", "config.yaml");

    private static string FindRoot([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TcpRouting.Operator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TcpRouting.Operator.sln not found above " + source);
    }
}
