using System.CommandLine;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>The options that describe a MiddlewareTCP, shared by `generate middlewaretcp` and `middleware apply`.</summary>
internal sealed class MiddlewareOptions
{
    public Option<string> Name { get; } = new("--name") { Description = "The middleware's name", Required = true };

    public Option<string> Namespace { get; } = new("--namespace", "-n") { Description = "The middleware's namespace", DefaultValueFactory = _ => "default" };

    private readonly Option<string[]> _sourceRanges = new("--source-range") { Description = "ipAllowList: an allowed IP address or CIDR range (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<long?> _inFlight = new("--in-flight") { Description = "inFlightConn: the most simultaneous connections per client IP" };

    public static string Label(string field) => field switch
    {
        "sourceRanges" => "--source-range",
        "amount" => "--in-flight",
        _ => $"--{field}",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Name, Namespace, _sourceRanges, _inFlight })
        {
            command.Options.Add(option);
        }
    }

    public MiddlewareRequest Bind(ParseResult parse)
    {
        var ranges = parse.GetValue(_sourceRanges) ?? [];
        var amount = parse.GetValue(_inFlight);
        if (ranges.Length > 0 == amount is not null)
        {
            throw new ManagementException("--source-range or --in-flight: give one (a MiddlewareTCP holds one middleware)");
        }

        var type = amount is null ? MiddlewareType.IpAllowList : MiddlewareType.InFlightConn;
        return new MiddlewareRequest(parse.GetRequiredValue(Name), parse.GetRequiredValue(Namespace), type, ranges, amount);
    }
}
