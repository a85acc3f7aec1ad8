using System.CommandLine;

namespace TcpRouting.Operator.Cli;

/// <summary>Options several commands share; each command gets its own instance.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config")
    {
        Description = "The static config file: entry points and their listener options",
        HelpName = "FILE",
    };

    public static Option<string?> Manifests(bool required) => new("--manifests")
    {
        Description = "A folder of manifests (every *.yaml and *.yml, recursively) to serve instead of a cluster",
        HelpName = "DIR",
        Required = required,
    };
}
