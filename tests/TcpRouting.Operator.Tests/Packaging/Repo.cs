using System.Runtime.CompilerServices;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>Paths in the checkout, and the tools scripts/install-test-deps.sh puts in .tools/.</summary>
internal static class Repo
{
    /// <summary>The checkout: found above this source file (builds may go to TCPR_ARTIFACTS, outside it).</summary>
    public static string Root { get; } = FindRoot();

    public static string Chart => Path.Combine(Root, "charts", "tcprouting");

    public static string NodeModules => Path.Combine(Root, ".tools", "node_modules");

    /// <summary>The seed documents the project was created from: shared/seeds beside the checkout.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TcpRouting.Operator.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("TcpRouting.Operator.sln not found above " + source);
    }

    public static string Tool(string name)
    {
        string[] directories = [Path.Combine(Root, ".tools", "bin"), Path.Combine(NodeModules, ".bin"), .. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)];
        return directories.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"{name} not found in .tools/bin, .tools/node_modules/.bin or PATH: run `bash scripts/install-test-deps.sh`");
    }
}
