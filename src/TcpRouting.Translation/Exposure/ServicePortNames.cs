namespace TcpRouting.Translation.Exposure;

/// <summary>
/// Service port names must be IANA service names (RFC 6335 section 5.1: at most 15 characters, lower-case
/// letters, digits and single hyphens, at least one letter, no hyphen at either end); a listener name that is
/// not one falls back to tcp-PORT, which always is.
/// </summary>
internal static class ServicePortNames
{
    public static string For(string listenerName, int port, ISet<string> taken)
    {
        var name = IsIanaName(listenerName) && !taken.Contains(listenerName) ? listenerName : $"tcp-{port}";
        taken.Add(name);
        return name;
    }

    public static bool IsIanaName(string name) =>
        name.Length is > 0 and <= 15
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name.Any(c => c is >= 'a' and <= 'z')
        && name[0] != '-' && name[^1] != '-'
        && !name.Contains("--", StringComparison.Ordinal);
}
