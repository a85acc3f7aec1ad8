using System.CommandLine;
using TcpRouting.Operator.Loading;
using TcpRouting.Translation;
using TcpRouting.Translation.Output;

namespace TcpRouting.Operator.Cli;

/// <summary>`tcprouting routes --manifests DIR [-o table|json]`: the resolved route table and every object's status.</summary>
internal static class RoutesCommand
{
    public static Command Create()
    {
        var manifests = CommonOptions.Manifests(required: true);
        var config = CommonOptions.Config();
        var format = new Option<string>("--output", "-o")
        {
            Description = "Output format",
            HelpName = "table|json",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("routes", "Print the route table a folder of manifests resolves to, and every object's status") { manifests, config, format };
        command.SetAction((parse, _) => CommandOutput.GuardAsync(parse, async output =>
        {
            var staticConfig = ConfigLoader.Load(parse.GetValue(config));
            var set = ManifestLoader.Load([parse.GetRequiredValue(manifests)!]);
            var result = ManifestTranslation.Translate(set, staticConfig, TranslationSettings.DefaultGatewayControllerName);
            var text = parse.GetValue(format) == "json" ? RouteTableJson.Write(result) : RouteTableText.Write(result);
            await output.WriteLineAsync(text.TrimEnd('\n')).ConfigureAwait(false);
            foreach (var error in set.Errors)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(ProblemLines.Of(error)).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
