using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway;
using TcpRouting.Translation.Kong;
using TcpRouting.Translation.Ngrok;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik;

namespace TcpRouting.Translation;

/// <summary>
/// The pure core: Kubernetes objects in, one immutable route table and a status for every object out.
/// Total: bad input never throws, it becomes a Problem on the object's status. Deterministic: objects are
/// taken in (creationTimestamp, namespace, name) order.
/// </summary>
public static class Translator
{
    public static TranslationResult Translate(ResourceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var objects = Order(snapshot.Objects);
        var index = ClusterIndex.Build(objects, snapshot.Config.AllowExternalNameServices);
        var table = new TableBuilder(snapshot.Config);
        var statuses = new List<ObjectStatus>();
        statuses.AddRange(TraefikTranslator.Translate(objects, index, table, snapshot.Config));
        statuses.AddRange(Guarded("Kong", () => KongTranslator.Translate(objects, index, table)));
        statuses.AddRange(Guarded("ngrok", () => NgrokTranslator.Translate(objects, index, table)));
        statuses.AddRange(Guarded("Gateway API", () => GatewayApiTranslator.Translate(objects, index, table, snapshot.Settings)));
        var built = ServiceHealthChecks.Apply(table.Build(), index, statuses);
        var ordered = statuses
            .OrderBy(s => s.Object.Kind, StringComparer.Ordinal)
            .ThenBy(s => s.Object.Namespace, StringComparer.Ordinal)
            .ThenBy(s => s.Object.Name, StringComparer.Ordinal)
            .ThenBy(s => s.ApiVersion, StringComparer.Ordinal)
            .ToImmutableArray();
        return new TranslationResult(built, ordered);
    }

    /// <summary>(creationTimestamp, namespace, name), then kind, apiVersion and content so that even duplicates have
    /// one order: a shuffled snapshot gives the same result.</summary>
    internal static KubeObject[] Order(IEnumerable<KubeObject> objects) =>
        [.. objects
            .OrderBy(o => o.CreationTimestamp ?? DateTimeOffset.MinValue)
            .ThenBy(o => o.Namespace, StringComparer.Ordinal)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .ThenBy(o => o.Kind, StringComparer.Ordinal)
            .ThenBy(o => o.ApiVersion, StringComparer.Ordinal)
            .ThenBy(o => o.Json.ValueKind == System.Text.Json.JsonValueKind.Undefined ? string.Empty : o.Json.GetRawText(), StringComparer.Ordinal)];

    /// <summary>Last resort around a family: its objects are guarded one by one (ObjectGuard), so this fires only for a
    /// bug outside any one object; should it, the family is reported, not the whole table lost.</summary>
    private static ImmutableArray<ObjectStatus> Guarded(string family, Func<ImmutableArray<ObjectStatus>> translate)
    {
        try
        {
            return translate();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [new ObjectStatus(new SourceRef("Translator", string.Empty, family), string.Empty, 0,
                [new Condition("Ready", "False", "TranslationError", $"{family} translation failed: {e.GetType().Name}: {e.Message}", 0)],
                [new Problem(family, $"translation failed: {e.GetType().Name}: {e.Message}")], [], [])];
        }
    }
}
