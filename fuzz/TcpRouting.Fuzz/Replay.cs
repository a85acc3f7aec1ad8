using SharpFuzz;

namespace TcpRouting.Fuzz;

/// <summary>Runs saved inputs (files, or every file of a folder) through a target without AFL, for triage.</summary>
internal static class Replay
{
    public static int Run(Action<byte[]> target, string[] paths)
    {
        var failed = 0;
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]);
        foreach (var file in files)
        {
            try
            {
                var data = File.ReadAllBytes(file);
                // The instrumented assemblies write to AFL's coverage map; RunOnce gives them one outside AFL.
                Fuzzer.RunOnce(_ => target(data));
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
