using System.Globalization;
using System.Text.RegularExpressions;

namespace TcpRouting.Operator.Cli;

/// <summary>
/// Durations as Traefik takes them: Go syntax ("30s", "1m30s", "500ms", "2h") or a plain number of seconds ("10").
/// </summary>
internal static partial class DurationParser
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return false;
        }

        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        var matches = GoDurationPart().Matches(value);
        if (matches.Count == 0 || matches.Sum(m => m.Length) != value.Length)
        {
            return false;
        }

        foreach (Match m in matches)
        {
            var amount = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            duration += m.Groups["u"].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "ms" => TimeSpan.FromMilliseconds(amount),
                "us" or "µs" => TimeSpan.FromMicroseconds(amount),
                _ => TimeSpan.FromTicks((long)(amount / 100)),
            };
        }

        return true;
    }

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)(?<u>ms|us|µs|ns|h|m|s)")]
    private static partial Regex GoDurationPart();
}
