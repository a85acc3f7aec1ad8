using System.CommandLine;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Operator.Cli;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>Runs a management command so that bad input, a refusal or an API error is `error: ...` and exit code 1.</summary>
internal static class ManagementGuard
{
    public static Task<int> RunAsync(ParseResult parse, Func<TextWriter, Task<int>> body) => CommandOutput.GuardAsync(parse, async output =>
    {
        try
        {
            return await body(output).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ManagementException or KubeApiException or KubeconfigException or HttpRequestException or IOException)
        {
            throw new UserErrorException(e.Message);
        }
    });
}
