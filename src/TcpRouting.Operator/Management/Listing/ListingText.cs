using System.Text;

namespace TcpRouting.Operator.Management.Listing;

/// <summary>`route list` for people: one block per route, its rules indented under it.</summary>
internal static class ListingText
{
    public static string Write(RouteListing listing)
    {
        if (listing.Routes.Count == 0)
        {
            return "no TCP routes";
        }

        var text = new StringBuilder();
        foreach (var route in listing.Routes)
        {
            var status = route.Status.Ready ? "Ready" : $"NotReady: {string.Join("; ", route.Status.Messages)}";
            text.Append($"{route.Kind} {route.Namespace}/{route.Name} [{string.Join(", ", route.EntryPoints)}]");
            text.AppendLine(route.TlsPassthrough ? " tls passthrough" : string.Empty);
            text.AppendLine($"  status: {status}");
            foreach (var rule in route.Rules)
            {
                var targets = string.Join(", ", rule.Targets.Select(t => $"{t.Namespace}/{t.Service}:{t.Port}{(t.Weight is { } w ? $" weight {w}" : string.Empty)}"));
                text.AppendLine($"  {rule.Match} -> {targets}");
                foreach (var m in rule.Middlewares)
                {
                    var detail = !m.Found ? "not found"
                        : m.SourceRanges is { } ranges ? $"{m.Type} {string.Join(", ", ranges)}"
                        : $"{m.Type} {m.Amount}";
                    text.AppendLine($"    middleware {m.Namespace}/{m.Name}: {detail}");
                }
            }
        }

        return text.ToString();
    }
}
