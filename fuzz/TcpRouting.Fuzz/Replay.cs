using System.Runtime.InteropServices;

namespace TcpRouting.Fuzz;

/// <summary>Runs saved inputs (files, or every file of a folder) through a target without AFL, for triage.</summary>
internal static class Replay
{
    // AFL's coverage map (MAP_SIZE in afl's config.h), which the instrumented assemblies write to.
    private const int MapSize = 1 << 16;

    public static unsafe int Run(Action<byte[]> target, string[] paths)
    {
        // Outside afl-fuzz there is no shared map, so the instrumented code gets a private one.
        SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(MapSize);
        var failed = 0;
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]);
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
                Console.WriteLine($"ok     {file}");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAILED {file}: {e.GetType().FullName}: {e.Message}");
                Console.WriteLine(e.StackTrace);
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
