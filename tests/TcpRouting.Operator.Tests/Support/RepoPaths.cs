namespace TcpRouting.Operator.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root => ArchitectureTests.RepoRoot();

    public static string ExampleManifests => Path.Combine(Root, "examples", "manifests");

    public static string ExampleConfig => Path.Combine(Root, "examples", "config.yaml");
}
