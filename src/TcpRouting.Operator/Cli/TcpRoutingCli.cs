using System.CommandLine;
using System.CommandLine.Invocation;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Management;

namespace TcpRouting.Operator.Cli;

/// <summary>The root command `tcprouting` and how it is invoked.</summary>
internal static class TcpRoutingCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("TcpRouting: an L4 gateway that serves TCP routes from Kubernetes resources or a folder of manifests")
        {
            RunCommand.Create(),
            ValidateCommand.Create(),
            RoutesCommand.Create(),
            CrdCommand.Create(),
        };
        foreach (var command in ManagementCommands.Create())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = Create().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // One line per mistake and a pointer to help, rather than the whole help text.
            var command = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Reverse().Select(c => c.Name).Append(parse.CommandResult.Command.Name));
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message} (see '{command} --help')").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // `run` drains on SIGTERM itself (the host's console lifetime) within --grace-period; a fixed
            // process-termination timeout would cut the drain short.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}
