using System.Text.Json;
using TcpRouting.Model;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Loading;

/// <summary>
/// Without a static config (`--config`), the entry points live with the proxy and are not known here: every
/// entry point an IngressRouteTCP names is taken as declared, each on a port of its own so that none is reported
/// as a conflict (as the cluster tools do). With `--config`, the real entry points are checked instead.
/// </summary>
internal static class AssumedEntryPoints
{
    private const int PortBase = 40000;

    public static StaticConfig For(IEnumerable<KubeObject> objects)
    {
        var names = objects.Where(o => o.Kind == "IngressRouteTCP")
            .SelectMany(Named)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return new StaticConfig([.. names.Select((name, i) => new EntryPointConfig(name, $":{PortBase + i}", ListenerOptions.Default))]);
    }

    /// <summary>The one line that says what was assumed; null when nothing was.</summary>
    public static string? Note(StaticConfig assumed) => assumed.EntryPoints.IsEmpty
        ? null
        : $"note: no --config given: assuming entry points {string.Join(", ", assumed.EntryPoints.Select(e => e.Name))} exist (pass --config FILE to check them)";

    private static IEnumerable<string> Named(KubeObject route) =>
        route.Json.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object
        && spec.TryGetProperty("entryPoints", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(n => n.Trim().Length > 0)
            : [];
}
