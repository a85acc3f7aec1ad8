using TcpRouting.Operator.Cli;
using TcpRouting.Translation;
using TcpRouting.Translation.Config;

namespace TcpRouting.Operator.Loading;

/// <summary>Reads the static config file (`--config FILE`); a missing, unreadable or invalid file is a user error.</summary>
internal static class ConfigLoader
{
    /// <summary>The config file when one is given, else the entry points the objects name (<see cref="AssumedEntryPoints"/>).</summary>
    /// <param name="note">One line saying what was assumed, when something was.</param>
    public static StaticConfig LoadOrAssume(string? path, IEnumerable<KubeObject> objects, out string? note)
    {
        if (path is not null)
        {
            note = null;
            return Load(path);
        }

        var assumed = AssumedEntryPoints.For(objects);
        note = AssumedEntryPoints.Note(assumed);
        return assumed;
    }

    public static StaticConfig Load(string? path)
    {
        if (path is null)
        {
            return StaticConfig.Empty;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{path}: cannot read the config file: {Reason(e)}");
        }

        var config = StaticConfigParser.Parse(text, path, out var errors);
        if (errors.Count > 0)
        {
            // The parser names the entry point and field; make sure each line also says which file.
            throw new UserErrorException(string.Join(Environment.NewLine, errors.Select(e => e.StartsWith(path, StringComparison.Ordinal) ? e : $"{path}: {e}")));
        }

        return config;
    }

    private static string Reason(Exception e) => e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
}
