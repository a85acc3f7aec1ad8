using System.Globalization;
using System.Text.Json;

namespace TcpRouting.Translation.Config;

/// <summary>Durations as Traefik reads them: Go's time.ParseDuration ("10s", "100ms", "1m30s", "1h") or a bare
/// number of seconds (paerser's types.Duration).</summary>
public static class GoDuration
{
    /// <summary>
    /// The longest duration accepted: the longest a .NET timer or CancellationTokenSource can wait (2^32 - 2 ms, about
    /// 49.7 days). Go's time.Duration reaches 292 years, but a longer value here would be accepted and then make every
    /// connection's deadline throw (fuzzing, issue 12), so it is refused where it is read instead.
    /// </summary>
    public static readonly TimeSpan Max = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>How problems describe <see cref="Max"/>.</summary>
    public const string MaxText = "49.7 days (1193h, the longest a timer can wait)";

    private static readonly (string Unit, double Ticks)[] Units =
    [
        ("ns", 0.01), ("us", 10), ("µs", 10), ("μs", 10), ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour),
    ];

    public static bool TryParse(JsonElement value, out TimeSpan duration) => value.ValueKind switch
    {
        JsonValueKind.Number => TryFromSeconds(value.GetDouble(), out duration),
        JsonValueKind.String => TryParse(value.GetString(), out duration),
        _ => Fail(out duration),
    };

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        var s = (text ?? string.Empty).Trim();
        if (double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return TryFromSeconds(seconds, out duration);
        }

        double ticks = 0;
        var i = 0;
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+'))
        {
            i++;
        }

        if (i >= s.Length)
        {
            return Fail(out duration);
        }

        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (!double.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return Fail(out duration);
            }

            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            var unit = s[unitStart..i];
            var match = Array.Find(Units, u => u.Unit == unit);
            if (match.Unit is null)
            {
                return Fail(out duration);
            }

            ticks += amount * match.Ticks;
        }

        if (ticks > Max.Ticks)
        {
            return Fail(out duration);
        }

        duration = TimeSpan.FromTicks((long)(negative ? -ticks : ticks));
        return !negative || ticks == 0;
    }

    private static bool TryFromSeconds(double seconds, out TimeSpan duration)
    {
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > Max.TotalSeconds)
        {
            return Fail(out duration);
        }

        duration = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    private static bool Fail(out TimeSpan duration)
    {
        duration = default;
        return false;
    }
}
