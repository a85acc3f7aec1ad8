using System.Globalization;
using System.Text;

namespace TcpRouting.Translation.Output;

/// <summary>The human table of `tcprouting routes -o table`: one line per route, then problems per object.</summary>
public static class RouteTableText
{
    private static readonly string[] Header = ["LISTENER", "ADDRESS", "PRIORITY", "MATCH", "TLS", "BACKENDS", "ROUTE"];

    public static string Write(TranslationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<string[]> { Header };
        foreach (var listener in result.Table.Listeners)
        {
            if (listener.Routes.IsEmpty)
            {
                rows.Add([listener.Name, listener.Address, "-", "(no routes)", "-", "-", "-"]);
            }

            foreach (var route in listener.Routes)
            {
                rows.Add([
                    listener.Name,
                    listener.Address,
                    route.Priority.ToString(CultureInfo.InvariantCulture),
                    route.Rule,
                    route.Tls.Mode.ToString().ToLowerInvariant(),
                    route.Backends.IsEmpty ? "-" : string.Join(", ", route.Backends.Select(Describe)),
                    route.Id,
                ]);
            }
        }

        var widths = Enumerable.Range(0, Header.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).Append('\n');
        }

        var troubled = result.Statuses.Where(s => !s.Problems.IsDefaultOrEmpty).ToList();
        if (troubled.Count > 0)
        {
            text.Append("\nPROBLEMS\n");
            foreach (var status in troubled)
            {
                foreach (var problem in status.Problems)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{status.Object.Kind} {status.Object.Namespace}/{status.Object.Name}: {problem.Field}: {problem.Message}\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Describe(Backend b) =>
        $"{b.Name} w={b.Weight.ToString(CultureInfo.InvariantCulture)} ({(b.Endpoints.IsEmpty ? "no endpoints" : string.Join(" ", b.Endpoints))})";
}
