namespace TcpRouting.Testing.Peers;

/// <summary>
/// Finds the real programs the end-to-end tests drive. A missing program is a test failure with the
/// package to install, never a skip: scripts/install-test-deps.sh installs them all.
/// </summary>
public static class ExternalProgram
{
    private static readonly string[] ExtraDirectories = ["/usr/sbin", "/sbin", "/usr/local/sbin"];

    /// <summary>The full path of <paramref name="name"/>, or an exception naming the Debian package.</summary>
    public static string Find(string name, string debianPackage)
    {
        var path = TryFind(name);
        return path ?? throw new InvalidOperationException(
            $"'{name}' was not found on PATH, /usr/sbin or /usr/lib/postgresql/*/bin: install the Debian package " +
            $"'{debianPackage}' (bash scripts/install-test-deps.sh does).");
    }

    public static string? TryFind(string name)
    {
        var pathDirectories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in pathDirectories.Concat(ExtraDirectories).Concat(PostgresBinDirectories()))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // Debian keeps the server binaries (initdb, postgres) out of PATH, one folder per major version.
    private static IEnumerable<string> PostgresBinDirectories() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
            : [];
}
