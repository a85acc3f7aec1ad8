using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;
using TcpRouting.Operator.Crds;
using TcpRouting.Operator.Management;

namespace TcpRouting.Operator.Cli;

/// <summary>The root command `tcprouting` and how it is invoked.</summary>
internal static partial class TcpRoutingCli
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
            await error.WriteLineAsync($"error: {OneLine(parse)} (see '{CommandPath(parse.CommandResult.Command)} --help')").ConfigureAwait(false);
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

    /// <summary>The most specific parse error on one line: "unrecognized 'x'" rather than "required command".</summary>
    private static string OneLine(ParseResult parse)
    {
        var errors = parse.Errors.Select(e => e.Message).ToList();
        var specific = errors.Where(e => !e.StartsWith("Required command", StringComparison.Ordinal)).DefaultIfEmpty(errors[0]).First();
        return WhiteSpace().Replace(specific, " ").Trim();
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && c is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        names.Insert(0, "tcprouting");
        return string.Join(' ', names);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
