using System.CommandLine;
using TcpRouting.Operator.Management.Cli;

namespace TcpRouting.Operator.Management;

/// <summary>`generate`, `route`, `middleware` and `mcp` (issue 7). Registered on the root command by the CLI.</summary>
internal static class ManagementCommands
{
    public static IEnumerable<Command> Create() => [GenerateCommand.Create(), RouteCommand.Create(), MiddlewareCommand.Create(), McpCommand.Create()];
}
