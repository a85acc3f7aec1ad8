namespace TcpRouting.Translation.Config;

/// <summary>Parses the static config file (`--config FILE`): entry points and their listener options.</summary>
public static class StaticConfigParser
{
    /// <param name="errors">One message per problem, naming the entry point and field; empty when valid.</param>
    public static StaticConfig Parse(string yaml, string fileName, out IReadOnlyList<string> errors)
    {
        _ = (yaml, fileName);
        errors = [];
        return StaticConfig.Empty; // filled in by the translation work
    }
}
