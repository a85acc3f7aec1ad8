namespace TcpRouting.Translation.Rules;

/// <summary>
/// Go RE2 syntax into .NET: named groups (?P&lt;name&gt;...) become (?&lt;name&gt;...), and the ASCII classes RE2
/// knows inside brackets ([[:alpha:]], [[:word:]]...), which .NET would read as plain characters, become ranges.
/// Like Go's MatchString, the pattern is not anchored unless it says ^ and $ itself (Traefik v3 HostSNIRegexp).
/// </summary>
internal static class GoRegex
{
    // https://github.com/google/re2/wiki/Syntax, "ASCII character classes".
    private static readonly (string Go, string DotNet)[] AsciiClasses =
    [
        ("[:alnum:]", "0-9A-Za-z"), ("[:alpha:]", "A-Za-z"), ("[:ascii:]", @"\x00-\x7F"), ("[:blank:]", @"\t "),
        ("[:cntrl:]", @"\x00-\x1F\x7F"), ("[:digit:]", "0-9"), ("[:graph:]", @"!-~"), ("[:lower:]", "a-z"),
        ("[:print:]", @" -~"), ("[:punct:]", @"!-/:-@\[-`{-~"), ("[:space:]", @"\t\n\v\f\r "), ("[:upper:]", "A-Z"),
        ("[:word:]", "0-9A-Za-z_"), ("[:xdigit:]", "0-9A-Fa-f"),
    ];

    public static string ToDotNet(string pattern)
    {
        var result = pattern.Replace("(?P<", "(?<", StringComparison.Ordinal);
        foreach (var (go, dotNet) in AsciiClasses)
        {
            result = result.Replace(go, dotNet, StringComparison.Ordinal);
        }

        return result;
    }
}
