using System.Globalization;
using System.Text;

namespace TcpRouting.Operator.Metrics;

/// <summary>
/// Names, escaping and numbers as the Prometheus text exposition format 0.0.4 wants them
/// (https://prometheus.io/docs/instrumenting/exposition_formats/#text-format-details).
/// </summary>
internal static class PrometheusNames
{
    /// <summary>A metric name matches [a-zA-Z_:][a-zA-Z0-9_:]*; dots and anything else become underscores.</summary>
    public static string Metric(string name) => Sanitise(name, allowColon: true);

    /// <summary>A label name matches [a-zA-Z_][a-zA-Z0-9_]*.</summary>
    public static string Label(string name) => Sanitise(name, allowColon: false);

    /// <summary>Label values escape backslash, double quote and line feed.</summary>
    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>HELP text escapes backslash and line feed (quotes stay as they are).</summary>
    public static string EscapeHelp(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Go's ParseFloat syntax: shortest round-trip digits, +Inf, -Inf, NaN.</summary>
    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : double.IsNaN(value) ? "NaN"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Sanitise(string name, bool allowColon)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            builder.Append(valid ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
