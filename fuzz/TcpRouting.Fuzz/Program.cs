using SharpFuzz;

namespace TcpRouting.Fuzz;

/// <summary>
/// `TcpRouting.Fuzz TARGET` runs one target under afl-fuzz (SharpFuzz's out-of-process fork server, so a
/// stack overflow or a timeout ends only the child and AFL records it); outside AFL it runs the input on
/// stdin once. `TcpRouting.Fuzz TARGET --replay FILE|DIR...` runs saved inputs and prints what each did.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: TcpRouting.Fuzz {string.Join('|', FuzzTargets.All.Keys)} [--replay FILE|DIR...]");
            return 2;
        }

        if (args.Length > 1 && args[1] == "--replay")
        {
            return Replay.Run(target, args[2..]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target(copy.ToArray());
        });
        return 0;
    }
}
