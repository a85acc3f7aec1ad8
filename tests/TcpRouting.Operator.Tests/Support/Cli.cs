using TcpRouting.Operator.Cli;

namespace TcpRouting.Operator.Tests.Support;

/// <summary>Runs the real command line in process, capturing what it prints.</summary>
internal static class Cli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TcpRoutingCli.InvokeAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
