using System.CommandLine;

namespace TcpRouting.Operator.Cli;

/// <summary>Runs a command's body so that a user error is one `error: ...` line per problem and exit code 1.</summary>
internal static class CommandOutput
{
    public static async Task<int> GuardAsync(ParseResult parse, Func<TextWriter, Task<int>> body)
    {
        var config = parse.InvocationConfiguration;
        try
        {
            return await body(config.Output).ConfigureAwait(false);
        }
        catch (UserErrorException e)
        {
            foreach (var line in e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await config.Error.WriteLineAsync($"error: {line}").ConfigureAwait(false);
            }

            return ExitCodes.Failed;
        }
    }
}
