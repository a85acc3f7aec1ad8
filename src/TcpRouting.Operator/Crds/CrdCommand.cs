using System.CommandLine;

namespace TcpRouting.Operator.Crds;

/// <summary>`tcprouting crds`: writes the CustomResourceDefinitions generated from our C# types (issue 5).</summary>
internal static class CrdCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Write every CRD into this directory (default: crds/, crds/legacy/, charts/tcprouting/crds/ and the chart's legacy CRD files under the current directory)",
        };
        var command = new Command("crds", "Write the CustomResourceDefinitions generated from the resource types") { output };
        command.SetAction(parseResult => Run(parseResult.GetValue(output)?.FullName, Directory.GetCurrentDirectory(), parseResult.InvocationConfiguration.Output));
        return command;
    }

    internal static int Run(string? output, string workingDirectory, TextWriter stdout)
    {
        var written = output is null
            ? CrdWriter.WriteRepositoryLayout(workingDirectory, CrdCatalog.All)
            : CrdWriter.Write(output, CrdCatalog.All);
        foreach (var path in written)
        {
            stdout.WriteLine(Path.GetRelativePath(workingDirectory, path));
        }

        return 0;
    }
}
