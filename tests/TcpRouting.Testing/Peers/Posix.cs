using System.Runtime.InteropServices;

namespace TcpRouting.Testing.Peers;

/// <summary>The few POSIX calls the peers need that .NET does not wrap: kill(2) with a chosen signal.</summary>
public static class Posix
{
    public const int SigHup = 1;
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;
    public const int SigStop = 19;

    // LibraryImport would need AllowUnsafeBlocks in a project file this folder does not own; int arguments need no marshalling.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int NativeKill(int pid, int signal);
#pragma warning restore SYSLIB1054

    public static int Kill(int pid, int signal) => NativeKill(pid, signal);

    /// <summary>chmod 600: PostgreSQL refuses a private key that others can read.</summary>
    public static void MakeOwnerOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Resident set size in KiB from /proc/PID/status (VmRSS).</summary>
    public static long ResidentKib(int pid) => StatusKib(pid, "VmRSS:");

    /// <summary>Peak resident set size in KiB since the process started, from /proc/PID/status (VmHWM).</summary>
    public static long PeakResidentKib(int pid) => StatusKib(pid, "VmHWM:");

    private static long StatusKib(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no {field} line");
    }

    /// <summary>Changes the owner of a path and everything under it (`chown -R`), for servers run as another user.</summary>
    public static async Task ChownAsync(string user, string path)
    {
        var result = await Command.RunAsync("chown", ["-R", $"{user}:{user}", path], TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.ToString());
        }
    }
}
