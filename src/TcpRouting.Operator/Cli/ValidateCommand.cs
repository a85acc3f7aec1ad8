using System.CommandLine;
using TcpRouting.Operator.Loading;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Cli;

/// <summary>
/// `tcprouting validate -f PATH...`: translates files and folders of manifests as `run --manifests` would and prints
/// one line per problem (`file:line: Kind namespace/name: field: why`). Exit 0 when every object is accepted.
/// Without `--config` the entry points that routes name are assumed to exist (one note says so); with it they are
/// checked. The same kind, namespace and name in two places is a problem too.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Option<string[]>("--filename", "-f")
        {
            Description = "Manifest files or folders (every *.yaml and *.yml, recursively); repeatable",
            HelpName = "PATH",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var config = CommonOptions.Config();
        var command = new Command("validate", "Check manifests: print each problem as file:line: Kind namespace/name: field: why") { files, config };
        command.SetAction((parse, _) => CommandOutput.GuardAsync(parse, async output =>
        {
            var manifests = ManifestLoader.Load(parse.GetRequiredValue(files));
            var staticConfig = ConfigLoader.LoadOrAssume(parse.GetValue(config), manifests.Objects, out var note);
            if (note is not null)
            {
                await output.WriteLineAsync(note).ConfigureAwait(false);
            }

            var result = ManifestTranslation.Translate(manifests, staticConfig, TranslationSettings.DefaultGatewayControllerName);
            var problems = ProblemLines.Of(manifests, result).Concat(DuplicateObjects.Of(manifests)).ToList();
            foreach (var line in problems)
            {
                await output.WriteLineAsync(line).ConfigureAwait(false);
            }

            if (problems.Count > 0)
            {
                return ExitCodes.Failed;
            }

            await output.WriteLineAsync($"ok: {manifests.Objects.Count()} objects in {manifests.Files.Length} files").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
