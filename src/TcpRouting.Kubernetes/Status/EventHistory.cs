using System.Text.Json;
using TcpRouting.Kubernetes.Client;

namespace TcpRouting.Kubernetes.Status;

/// <summary>
/// What we last said about an object in an Event that is already in the cluster. A replica that has just
/// become leader (or restarted) knows nothing of the Events its predecessor recorded; reading them back on
/// first sight of an object keeps it from repeating the same Warning or Normal Event once per hand-over.
/// </summary>
internal static class EventHistory
{
    /// <returns>Our latest Event about <paramref name="target"/> as health, or null when there is none.</returns>
    public static async Task<ObjectHealth?> LastSaidAsync(KubeApiClient client, bool coreEvents, string ns, KubeObject target, string controller, CancellationToken cancellationToken)
    {
        // Field selectors on the regarding (events.k8s.io) / involvedObject (core) reference keep the list to this object.
        var (resource, reference, note) = coreEvents ? (KubeResource.CoreEvents, "involvedObject", "message") : (KubeResource.Events, "regarding", "note");
        var selector = target.Uid is { Length: > 0 } uid ? $"{reference}.uid={uid}" : $"{reference}.name={target.Name},{reference}.kind={target.Kind}";
        var list = await client.ListAllAsync(resource, ns, new KubeListOptions(Limit: 100, FieldSelector: selector), cancellationToken).ConfigureAwait(false);
        var ours = list.Items
            .Where(e => (KubeJsonPath.Str(e, coreEvents ? "reportingComponent" : "reportingController") ?? KubeJsonPath.Str(e, "source", "component")) == controller)
            .OrderBy(e => When(e, coreEvents), StringComparer.Ordinal)
            .LastOrDefault();
        return ours.ValueKind == JsonValueKind.Object
            ? new ObjectHealth(KubeJsonPath.Str(ours, "type") == "Normal", KubeJsonPath.Str(ours, "reason") ?? string.Empty, KubeJsonPath.Str(ours, note) ?? string.Empty)
            : null;
    }

    // RFC 3339 times in one format sort as strings; eventTime has microseconds, so Events of one second keep their order.
    private static string When(JsonElement e, bool coreEvents) =>
        (coreEvents ? KubeJsonPath.Str(e, "lastTimestamp") : KubeJsonPath.Str(e, "eventTime"))
        ?? KubeJsonPath.Str(e, "metadata", "creationTimestamp")
        ?? string.Empty;
}
