using System.CommandLine;

namespace TcpRouting.Operator.Crds;

/// <summary>`tcprouting crds`: writes the CustomResourceDefinitions generated from our C# types (issue 5).</summary>
internal static class CrdCommand
{
    public static Command Create() => new("crds", "Write the CustomResourceDefinitions generated from the resource types");
}
