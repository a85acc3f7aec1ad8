using System.Text;
using TcpRouting.Fuzz.Support;
using TcpRouting.Translation.Config;

namespace TcpRouting.Fuzz.Targets;

/// <summary>
/// StaticConfigParser.Parse, the `--config FILE` YAML: never throws; every problem is a message naming the file;
/// what it accepts the proxy can use (durations its timers can wait for).
/// </summary>
internal static class StaticConfigTarget
{
    public static void Run(byte[] data)
    {
        var config = StaticConfigParser.Parse(Encoding.UTF8.GetString(data), "fuzz.yaml", out var errors);
        Support.Check.That(config.EntryPoints.All(e => e.Name.Length > 0 && e.Address.Length > 0), "an entry point has a name and an address");
        foreach (var options in config.EntryPoints.Select(e => e.Options))
        {
            Support.Check.That(
                TimerDurations.Usable(options.PeekTimeout) && TimerDurations.Usable(options.IdleTimeout) && TimerDurations.Usable(options.GracePeriod),
                $"an accepted duration is one the proxy's timers can wait for: {options}");
        }
        Support.Check.That(errors.All(e => e.StartsWith("fuzz.yaml", StringComparison.Ordinal)), "every problem names the file");
    }
}
