namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>Paths in the checkout, and the tools scripts/install-test-deps.sh puts in .tools/.</summary>
internal static class Repo
{
    public static string Root { get; } = ArchitectureTests.RepoRoot();

    public static string Chart => Path.Combine(Root, "charts", "tcprouting");

    public static string NodeModules => Path.Combine(Root, ".tools", "node_modules");

    /// <summary>The seed documents the project was created from: shared/seeds beside the checkout.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static string Tool(string name)
    {
        string[] directories = [Path.Combine(Root, ".tools", "bin"), Path.Combine(NodeModules, ".bin"), .. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)];
        return directories.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"{name} not found in .tools/bin, .tools/node_modules/.bin or PATH: run `bash scripts/install-test-deps.sh`");
    }
}
